d = {"a": 1}
for key in ["missing", 42, (1, 2), "", "quote's", None, 3.5, frozenset()]:
    try:
        d[key]
    except KeyError as e:
        print(str(e), "|", repr(e), "|", e.args)
try:
    raise KeyError("multi", "args")
except KeyError as e:
    print(str(e), repr(e))
try:
    raise KeyError
except KeyError as e:
    print(repr(str(e)), repr(e))
s = set()
try:
    s.remove("x")
except KeyError as e:
    print("set remove:", e)
