items = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
print(f"{'name':<10}|{'price':>8}|{'qty':^5}|")
for name, price, qty in items:
    print(f"{name:<10}|{price:>8.2f}|{qty:^5}|")
total = sum([p * q for _, p, q in items])
print(f"{'total':<10}|{total:>8.2f}|")
print(f"{total=:.3f}", f"{len(items)=}")
v = "text"
print(f"{v!r:>10}", f"{v:.2}", f"{v!s:^8}|", f"{'é'!a}")
print(f"{3.14159:.3}", f"{1234:e}", f"{0.5:%}", f"{-3:=5}")
n = 5
print(f"{n:0{n}d}", f"{'x' * n}", f"{n ** 2:,}")
d = {"key": "value"}
print(f"{d['key']}", f"{d!r}")
print(f"{'a' 'b'}", f"{n}{n}", f"{{{n}}}")
print(f"{n if n > 3 else 0}", f"{[1, 2][-1]}", f"{(lambda q: q * 2)(n)}")
print(f"{True:>6}", f"{None!s:>6}", f"{1e10:g}")
