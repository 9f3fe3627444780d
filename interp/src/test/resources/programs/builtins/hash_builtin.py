print(hash(0), hash(1), hash(-1), hash(-2), hash(True), hash(False), hash(10 ** 20), hash(-(10 ** 20)))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(1.5), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash(()), hash((1, 2)), hash((1, (2, 3))), hash(("a",)) == hash(("a",)))
print(hash(""), hash("a"), hash("abc"), hash("hello world"), hash(b"abc"), hash("é"))
print(hash(frozenset()) , hash(None) == hash(None), hash(range(3)) == hash(range(3)))
for bad in ([], {}, set(), bytearray(), ([],)):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
