vals = [1, 1.0, "s", b"b", [1], (1,), {1: 1}, {1}, None, True, range(1), frozenset()]
types = (int, float, str, bytes, list, tuple, dict, set, type(None), bool, range, frozenset)
for v in vals:
    print(repr(v), [t.__name__ for t in types if isinstance(v, t)])
print(isinstance(1, (str, int)), isinstance(1, (str, (float, int))), isinstance("", ()))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(int, (str, int)))
print(isinstance(int, type), isinstance(type, type), isinstance(object, type))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
