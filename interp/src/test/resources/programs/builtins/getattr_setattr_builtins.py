s = "hello"
print(getattr(s, "upper")(), getattr(s, "nope", "fallback"), hasattr(s, "split"), hasattr(s, "xyz"))
print(getattr([3, 1, 2], "index")(2), getattr(5, "real"), getattr(2.5, "imag"))
try:
    getattr(s, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(s, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(s, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr([], "append")
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(5, "real", 1)
except AttributeError as e:
    print("AttributeError:", e)
meth = getattr({}, "get")
print(meth("k", "default"), callable(meth))
