import string

for name in ["whitespace", "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits", "hexdigits",
             "octdigits", "punctuation", "printable"]:
    v = getattr(string, name)
    print(name, repr(v), len(v), type(v).__name__)
print(string.printable == string.digits + string.ascii_letters + string.punctuation + string.whitespace)
print(all(c.isspace() for c in string.whitespace), set(string.hexdigits) <= set(string.printable))

print(repr(string.capwords("hello world")), repr(string.capwords("  hELLo   wORLD  ")))
print(repr(string.capwords("")), repr(string.capwords("   ")), repr(string.capwords("\thi\nthere  x")))
print(repr(string.capwords("a-b-c d", "-")), repr(string.capwords("x,,y", ",")), repr(string.capwords("a b", None)))
print(repr(string.capwords("éclair ÉTÉ ßtraße")), repr(string.capwords("1st 2ND", sep=" ")))
print(repr(string.capwords(s="ab cd")), repr(string.capwords("ab", "")) if False else "")
for args in [(), (1,), ("a b", 1), ("a", "b", "c")]:
    try:
        string.capwords(*args)
    except Exception as e:
        print(type(e).__name__, e)
for kw in [{"x": 1}, {"s": "a", "sep": "b", "t": 2}]:
    try:
        string.capwords("a", **kw) if "s" not in kw else string.capwords(**kw)
    except Exception as e:
        print(type(e).__name__, e)
try:
    string.capwords("a", s="b")
except TypeError as e:
    print(e)
try:
    string.capwords("a b", "")
except ValueError as e:
    print(e)
try:
    string.capwords(b"a b")
except TypeError as e:
    print(e)
