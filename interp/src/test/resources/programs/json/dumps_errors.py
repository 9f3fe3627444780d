# json.dumps errors: unserializable objects, bad keys, NaN with allow_nan=False, cycles
import json


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: json.dumps(range(2)))
attempt(lambda: json.dumps({"a": [1, {2, 3}]}))
attempt(lambda: json.dumps(b"bytes"))
attempt(lambda: json.dumps(object()))
attempt(lambda: json.dumps({(1, 2): 3}))
attempt(lambda: json.dumps({b"k": 3}))
attempt(lambda: json.dumps({(1, 2): 3}, indent=2))
attempt(lambda: json.dumps(float("nan"), allow_nan=False))
attempt(lambda: json.dumps([float("inf")], allow_nan=False))
attempt(lambda: json.dumps({"x": -float("inf")}, allow_nan=False))
attempt(lambda: json.dumps({float("nan"): 1}, allow_nan=False))
attempt(lambda: json.dumps([float("nan")], allow_nan=False, indent=1))
attempt(lambda: json.dumps({1: 1, "a": 2}, sort_keys=True))
attempt(lambda: json.dumps({"a": 1, 2: 2}, sort_keys=True, indent=2))

loop = [1, 2]
loop.append(loop)
attempt(lambda: json.dumps(loop))
attempt(lambda: json.dumps(loop, indent=2))
d = {}
d["self"] = [d]
attempt(lambda: json.dumps(d))
attempt(lambda: json.dumps(d, sort_keys=True, indent=1))
shared = [1]
print(json.dumps([shared, shared, {"a": shared}]))


def forever(o):
    return [o]


attempt(lambda: json.dumps(b"x", default=forever))
attempt(lambda: json.dumps([b"x"], default=lambda o: {"len": len(o), "bad": o}))
attempt(lambda: json.dumps(1, separators=(',',)))
attempt(lambda: json.dumps(1, bogus=True))
