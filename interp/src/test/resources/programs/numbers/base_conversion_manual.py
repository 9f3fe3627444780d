DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))
for n in (0, 5, 255, -255, 123456789, 2 ** 64):
    reps = [to_base(n, b) for b in (2, 8, 16, 36)]
    print(n, reps, [int(r, b) for r, b in zip(reps, (2, 8, 16, 36))])
print(to_base(10 ** 30, 7))
