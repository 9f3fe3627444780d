# An exception raised while a module runs propagates, with a traceback through both files.
import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/lib")

try:
    import raiser
except ZeroDivisionError as e:
    print("caught:", e)
print("raiser" in sys.modules)


def load():
    import raiser


load()
