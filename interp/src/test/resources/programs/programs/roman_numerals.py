TABLE = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"out of range: {n}")
    out = []
    for value, sym in TABLE:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)
def from_roman(s):
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        if ch not in VALUES:
            raise ValueError(f"bad numeral: {ch!r}")
        v = VALUES[ch]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    if to_roman(total) != s.upper():
        raise ValueError(f"non-canonical: {s}")
    return total
for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    r = to_roman(n)
    print(n, r, from_roman(r))
print(all([from_roman(to_roman(i)) == i for i in range(1, 4000)]))
for bad in ("IIII", "MMMM", "ABC", "IC", "mcmxc"):
    try:
        print(bad, from_roman(bad))
    except ValueError as e:
        print(bad, "error:", e)
try:
    to_roman(0)
except ValueError as e:
    print("error:", e)
print(max(range(1, 4000), key=lambda i: (len(to_roman(i)), i)), to_roman(3888))
