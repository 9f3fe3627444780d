s = "a,b,,c,"
print(s.split(","), s.split(",", 2), s.rsplit(",", 2), s.split(",", 0))
print("  lots   of   space  ".split(), "  lots   of   space  ".split(" "))
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2))
print("".split(), "".split(","), "   ".split())
print("line1\nline2\r\nline3\rline4\n".splitlines())
print("line1\nline2\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("x=1=2".partition("="), "x=1=2".rpartition("="), "abc".partition("z"), "abc".rpartition("z"))
print("-".join(["a", "b"]), "".join([]), ", ".join("xyz"), "/".join(map(str, range(4))))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
print("a\tb\x0bc\x0cd e".split())
