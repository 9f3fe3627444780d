s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."), "file.txt".rstrip(".txt"))
print("hello".removeprefix("he"), "hello".removesuffix("lo"), "hello".removeprefix("x"))
print("|" + "ab".center(7) + "|", "|" + "ab".center(7, "*") + "|", "|" + "abc".center(6) + "|")
print("|" + "ab".ljust(5) + "|", "|" + "ab".rjust(5, ".") + "|", "|" + "abcdef".ljust(3) + "|")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "12345".zfill(3))
print("a\tbc\td".expandtabs(), "a\tbc\td".expandtabs(4), "\t".expandtabs(2) + "|")
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
