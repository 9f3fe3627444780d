# ImportError and ModuleNotFoundError messages, as CPython 3.11 words them.
import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/lib")


def attempt(code):
    try:
        code()
    except Exception as e:
        print(type(e).__name__ + ":", e)


def missing():
    import no_such_module


def missing_sub():
    import shapes.no_such


def not_a_package():
    import plain.sub


def no_name():
    from plain import nothing_here


def no_name_builtin():
    from sys import nothing_here


def no_name_pkg():
    from shapes import nothing


def relative_in_main():
    from . import plain


def relative_dotted_in_main():
    from .shapes import circle


for f in [missing, missing_sub, not_a_package, no_name, no_name_builtin, no_name_pkg, relative_in_main,
          relative_dotted_in_main]:
    attempt(f)

print(issubclass(ModuleNotFoundError, ImportError))
import importlib
attempt(lambda: importlib.import_module(".x"))
attempt(lambda: importlib.import_module("...x", "shapes"))
attempt(lambda: importlib.import_module(""))
attempt(lambda: importlib.import_module("no.such"))
attempt(lambda: __import__(1))
attempt(lambda: __import__(""))
attempt(lambda: __import__("x", {}, None, (), -1))
attempt(lambda: __import__("x", {}, None, (), 1))
attempt(lambda: __import__("x", {"__name__": "top"}, None, (), 1))
attempt(lambda: __import__("sys", None, None, [1]))
attempt(lambda: __import__("shapes", None, None, [1]))
sys.modules["blocked"] = None
attempt(lambda: __import__("blocked"))
attempt(lambda: importlib.reload(1))
