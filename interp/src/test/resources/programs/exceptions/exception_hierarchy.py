pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (ValueError, Exception),
    (UnicodeDecodeError, ValueError), (Exception, BaseException),
    (KeyboardInterrupt, Exception), (SystemExit, BaseException),
    (StopIteration, Exception), (TypeError, ValueError), (bool, int),
    (IndentationError, SyntaxError), (TabError, IndentationError),
    (ModuleNotFoundError, ImportError), (FileNotFoundError, OSError),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
e = KeyError("x")
print(isinstance(e, LookupError), isinstance(e, Exception), isinstance(e, IndexError))
print(isinstance(e, (IndexError, KeyError)), issubclass(KeyError, (TypeError, LookupError)))
try:
    [][1]
except LookupError as err:
    print("caught via base class:", type(err).__name__)
try:
    raise RecursionError("deep")
except RuntimeError as err:
    print("caught via base class:", type(err).__name__, err)
