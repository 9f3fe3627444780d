# A module that fails to compile raises SyntaxError at the import, shown with its location.
import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/lib")

try:
    import broken_syntax
except SyntaxError as e:
    print(type(e).__name__, e)
    print(e.msg, e.lineno, e.offset, e.filename.rsplit("/", 1)[-1], repr(e.text))
print("broken_syntax" in sys.modules)
import broken_syntax
