# A hand-written JSON codec: an encoder with indentation, key sorting,
# custom object hooks and cycle detection, and a recursive-descent decoder
# that reports line and column of errors; round trips are checked.
import math
import string


class JSONError(ValueError):
    pass


class DecodeError(JSONError):
    def __init__(self, msg, text, pos):
        line = text.count("\n", 0, pos) + 1
        col = pos - (text.rfind("\n", 0, pos) + 1) + 1
        super().__init__("%s: line %d column %d (char %d)" % (msg, line, col, pos))
        self.pos, self.line, self.col = pos, line, col


class EncodeError(JSONError):
    pass


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def encode_str(s, ascii_only):
    out = ['"']
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or (ascii_only and ord(ch) > 126):
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)))
            else:
                out.append("\\u%04x" % code)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


class Encoder:
    def __init__(self, indent=None, sort_keys=False, ascii_only=True, default=None):
        self.indent = indent
        self.sort_keys = sort_keys
        self.ascii_only = ascii_only
        self.default = default

    def encode(self, obj):
        return "".join(self.chunks(obj, 0, set()))

    def chunks(self, obj, level, active):
        if obj is None:
            yield "null"
        elif obj is True:
            yield "true"
        elif obj is False:
            yield "false"
        elif isinstance(obj, int):
            yield str(obj)
        elif isinstance(obj, float):
            if math.isnan(obj) or math.isinf(obj):
                raise EncodeError("out of range float: %r" % obj)
            yield repr(obj)
        elif isinstance(obj, str):
            yield encode_str(obj, self.ascii_only)
        elif isinstance(obj, (list, tuple, dict)):
            if id(obj) in active:
                raise EncodeError("circular reference detected")
            active.add(id(obj))
            if isinstance(obj, dict):
                yield from self.container(self.dict_items(obj, level, active), "{", "}", level)
            else:
                yield from self.container((self.chunks(x, level + 1, active) for x in obj), "[", "]", level)
            active.discard(id(obj))
        elif self.default is not None:
            yield from self.chunks(self.default(obj), level, active)
        else:
            raise EncodeError("Object of type %s is not JSON serializable" % type(obj).__name__)

    def dict_items(self, d, level, active):
        items = sorted(d.items()) if self.sort_keys else list(d.items())
        sep = ": " if self.indent is not None else ":"
        for k, v in items:
            if not isinstance(k, str):
                if isinstance(k, (int, float, bool)) or k is None:
                    k = next(self.chunks(k, 0, set()))
                else:
                    raise EncodeError("keys must be str, int, float, bool or None, not %s" % type(k).__name__)
            yield self.pair(k, v, sep, level, active)

    def pair(self, k, v, sep, level, active):
        yield encode_str(k, self.ascii_only)
        yield sep
        yield from self.chunks(v, level + 1, active)

    def container(self, parts, open_, close, level):
        parts = iter(parts)
        first = next(parts, None)
        if first is None:
            yield open_ + close
            return
        if self.indent is None:
            yield open_
            yield from first
            for p in parts:
                yield ", "
                yield from p
            yield close
            return
        pad = "\n" + " " * (self.indent * (level + 1))
        yield open_ + pad
        yield from first
        for p in parts:
            yield "," + pad
            yield from p
        yield "\n" + " " * (self.indent * level) + close


class Decoder:
    WS = " \t\n\r"

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def fail(self, msg, pos=None):
        raise DecodeError(msg, self.text, self.pos if pos is None else pos)

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in self.WS:
            self.pos += 1

    def decode(self):
        self.skip()
        value = self.value()
        self.skip()
        if self.pos != len(self.text):
            self.fail("Extra data")
        return value

    def value(self):
        self.skip()
        if self.pos >= len(self.text):
            self.fail("Expecting value")
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        if ch == "-" or ch in string.digits:
            return self.number()
        self.fail("Expecting value")

    def number(self):
        start = self.pos
        if self.text[self.pos] == "-":
            self.pos += 1
        is_float = False
        while self.pos < len(self.text) and (self.text[self.pos] in string.digits or self.text[self.pos] in ".eE+-"):
            is_float = is_float or self.text[self.pos] in ".eE"
            self.pos += 1
        lit = self.text[start:self.pos]
        try:
            return float(lit) if is_float else int(lit)
        except ValueError:
            self.fail("Bad number %r" % lit, start)

    def string(self):
        self.pos += 1
        out = []
        while True:
            if self.pos >= len(self.text):
                self.fail("Unterminated string starting at", self.text.rfind('"', 0, self.pos))
            ch = self.text[self.pos]
            self.pos += 1
            if ch == '"':
                return "".join(out)
            if ch != "\\":
                out.append(ch)
                continue
            esc = self.text[self.pos]
            self.pos += 1
            if esc == "u":
                code = int(self.text[self.pos:self.pos + 4], 16)
                self.pos += 4
                if 0xD800 <= code < 0xDC00 and self.text.startswith("\\u", self.pos):
                    low = int(self.text[self.pos + 2:self.pos + 6], 16)
                    self.pos += 6
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                out.append(chr(code))
            else:
                table = {v[1]: k for k, v in ESCAPES.items()}
                table["/"] = "/"
                if esc not in table:
                    self.fail("Invalid \\escape", self.pos - 2)
                out.append(table[esc])

    def sequence(self, close, item):
        self.pos += 1
        self.skip()
        if self.text.startswith(close, self.pos):
            self.pos += 1
            return
        while True:
            yield item()
            self.skip()
            if self.text.startswith(close, self.pos):
                self.pos += 1
                return
            if not self.text.startswith(",", self.pos):
                self.fail("Expecting ',' delimiter")
            self.pos += 1

    def arr(self):
        return list(self.sequence("]", self.value))

    def obj(self):
        def member():
            self.skip()
            if not self.text.startswith('"', self.pos):
                self.fail("Expecting property name enclosed in double quotes")
            key = self.string()
            self.skip()
            if not self.text.startswith(":", self.pos):
                self.fail("Expecting ':' delimiter")
            self.pos += 1
            return key, self.value()
        return dict(self.sequence("}", member))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


doc = {"name": "Isola", "version": [0, 1, 2], "ratio": 0.1 + 0.2, "big": 2 ** 70, "neg": -1.5e-7,
       "ok": True, "none": None, "text": 'tab\there "quoted" back\\slash\nnew', "uni": "caf\u00e9 \u2603 \U0001F600",
       "nested": {"empty_list": [], "empty_dict": {}, "deep": [[1, [2, [3]]], {"k": (4, 5)}]}, 3: "int key"}
compact = Encoder().encode(doc)
print(compact)
pretty = Encoder(indent=2, sort_keys=False).encode(doc["nested"])
print(pretty)
print(Encoder(ascii_only=False).encode(["caf\u00e9", "\u2603"]))
back = Decoder(compact).decode()
expected = {k: v for k, v in doc.items() if k != 3}
expected.update({"3": "int key", "nested": {**doc["nested"], "deep": [[1, [2, [3]]], {"k": [4, 5]}]}})
print("round trip:", back == expected, Decoder(Encoder(indent=4).encode(back)).decode() == back)
d2 = {"self": None}
d2["self"] = {"again": d2}
print(sorted(back), back["uni"] == doc["uni"], back["big"], back["ratio"])
print(Encoder(default=lambda o: {"x": o.x, "y": o.y}).encode([Point(1, 2), Point(3.5, -4)]))
loop = [1, 2]
loop.append(loop)
for bad in [float("nan"), {(1, 2): 3}, Point(0, 0), loop, d2, float("-inf")]:
    try:
        print(Encoder().encode(bad))
    except EncodeError as e:
        print("EncodeError:", e)
for text in ['{"a": [1, 2, 3], "b": {"c": null}}', '  [true, false, -0.5e3, 1E2, "\\u00e9\\ud83d\\ude00\\/"]  ',
             '{"a" 1}', '[1, 2,', '{"a": 1,\n "b": tru}', '[1] x', '"abc', '{1: 2}', '["\\q"]', "[1 2]", "-"]:
    try:
        print(repr(Decoder(text).decode()))
    except DecodeError as e:
        print("DecodeError:", e, "| at", (e.line, e.col))
print(isinstance(DecodeError("m", "", 0), ValueError), DecodeError.__mro__[1].__name__)
