# A circular from-import that fails with CPython's "partially initialized module" message;
# the failed modules are taken out of sys.modules again.
import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/lib")

try:
    import bad_circ_a
except ImportError as e:
    print(type(e).__name__ + ":", e)
print("bad_circ_a" in sys.modules, "bad_circ_b" in sys.modules)
import bad_circ_a
