# JSONEncoder/JSONDecoder classes, subclasses with default(), cls=, dump/load with file objects
import io
import json


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps([Point(1, 2), {3, 1}], cls=PointEncoder))
print(json.dumps({"p": Point(0.5, None)}, cls=PointEncoder, indent=2, sort_keys=True))
print(PointEncoder(separators=(',', ':')).encode({"a": Point(1, 2)}))
try:
    json.dumps([Point(1, 2), b"no"], cls=PointEncoder)
except TypeError as e:
    print('TypeError', e)


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyDict(dict):
    pass


class MyList(list):
    pass


print(json.dumps(MyDict(a=MyList([1, 2]))))
print(json.dumps({MyStr("k"): MyStr("v")}))

enc = json.JSONEncoder()
print(enc.item_separator, enc.key_separator, enc.skipkeys, enc.ensure_ascii, enc.check_circular,
      enc.allow_nan, enc.sort_keys, enc.indent)
enc = json.JSONEncoder(indent=4)
print(repr(enc.item_separator), repr(enc.key_separator))
print(''.join(json.JSONEncoder(indent=1).iterencode({"a": [1, 2]})))
print(''.join(json.JSONEncoder().iterencode([1, {"b": None}])))
print(json.JSONEncoder().encode("é"), json.JSONEncoder(ensure_ascii=False).encode("é"))
try:
    json.JSONEncoder().default(3)
except TypeError as e:
    print('TypeError', e)


class OrderedDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_pairs_hook=lambda pairs: [k for k, v in pairs], **kw)


print(json.loads('{"z": 1, "a": {"m": 2}}', cls=OrderedDecoder))
print(json.loads('{"z": 1.5}', cls=OrderedDecoder, parse_float=str))


def as_point(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


p = json.loads(json.dumps(Point(3, 4), cls=PointEncoder), object_hook=as_point)
print(type(p).__name__, p.x, p.y)

buf = io.StringIO()
json.dump({"b": [1, 2], "a": "x"}, buf, indent=2, sort_keys=True)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
buf = io.StringIO()
json.dump([1, "two", None], buf)
buf.seek(0)
print(buf.read())
buf.seek(0)
print(json.load(buf, parse_int=lambda s: int(s) * 10))

err = json.JSONDecodeError
print(issubclass(err, ValueError), err.__name__, json.decoder.JSONDecodeError is err)
print(sorted(json.__all__))
