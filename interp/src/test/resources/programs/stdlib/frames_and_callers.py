# exit: 0
import sys, warnings
def inner():
    f = sys._getframe()
    print(f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_lineno)
    print(sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name)
    return f
def outer():
    x = 5
    return inner()
f = outer()
print(f.f_back.f_locals)
print(f.f_back.f_back.f_back)
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
def g():
    yield sys._getframe().f_back.f_code.co_name
print(next(g()))
def deprecated():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)
warnings.simplefilter("always")
def user():
    deprecated()
user()
warnings.warn("top level")
import logging
logging.basicConfig(format="%(filename)s:%(lineno)d %(funcName)s %(levelname)s %(message)s", stream=sys.stdout)
def work():
    logging.warning("careful")
work()
class C:
    here = sys._getframe().f_code.co_name
print(C.here)
print(sys._getframe().f_globals is globals(), sys._getframe().f_locals is globals())
import traceback
def who():
    return sys._getframe(1).f_code.co_name
def caller():
    return who()
print(caller())
def show():
    for line in traceback.format_stack():
        print(line, end='')
    print(traceback.extract_stack()[-1].name)
def mid():
    show()
mid()
log = logging.getLogger("app")
def deep():
    log.error("with stack", stack_info=True)
    log.warning("level2", stacklevel=2)
def top():
    deep()
top()
log.info("x")
try:
    1/0
except ZeroDivisionError:
    log.exception("failed")
