# User-defined exceptions: hierarchies, attributes, chaining, str/repr, catching by base class.
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key!r}")
        self.key = key

class Retry(AppError):
    def __init__(self, attempts, *, reason="timeout"):
        self.attempts = attempts
        self.reason = reason
        super().__init__(attempts, reason)
    def __str__(self):
        return f"retry after {self.attempts} attempts ({self.reason})"

for exc in (NotFound("k"), Retry(3), Retry(2, reason="busy"), AppError(), AppError("a", 1)):
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)

try:
    raise NotFound("user")
except LookupError:
    print("not a LookupError")
except Exception as e:
    print("caught as Exception:", e.key, isinstance(e, AppError), issubclass(NotFound, Exception))

class CodeError(ValueError):
    code = 7
    def describe(self):
        return f"{self.code}: {self}"

try:
    int("x")
except ValueError as base:
    try:
        raise CodeError("bad code") from base
    except CodeError as e:
        print(e.describe(), type(e.__cause__).__name__, e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError:
        raise CodeError("during handling")
except CodeError as e:
    print(type(e.__context__).__name__, e.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise CodeError("quiet") from None
except CodeError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

class WithState(Exception):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = len(args)

e = WithState(1, 2, 3)
e.note = "added"
print(e.extra, e.note, e.args, sorted(e.__dict__))

class Quiet(Exception):
    def __init__(self):
        pass

q = Quiet()
print(repr(q), q.args, str(q) == "")

class Custom(Exception):
    def __repr__(self):
        return "Custom<>"
print(repr(Custom("x")), str(Custom("x")))

def risky(n):
    if n == 0:
        raise NotFound(n)
    return risky(n - 1)

try:
    risky(3)
except NotFound as e:
    print("depth", e.key, e.__traceback__ is not None)

class MyKeyError(KeyError):
    pass
try:
    raise MyKeyError("key")
except KeyError as e:
    print(str(e), repr(e))

errors = [NotFound("a"), Retry(1), CodeError("c")]
print([type(x).__mro__[1].__name__ for x in errors])
print(sorted(type(x).__name__ for x in errors))

class Base(Exception):
    pass
class Sub(Base):
    pass
try:
    raise Sub
except Base as e:
    print("raised class:", type(e).__name__, e.args)


raise Retry(5, reason="gave up")
