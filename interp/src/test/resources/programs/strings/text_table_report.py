rows = [
    ("Widget", 4, 3.5),
    ("Gadget", 10, 12.25),
    ("Thingamajig", 1, 199.99),
    ("Doohickey", 0, 0.5),
]
header = ("Item", "Qty", "Price", "Total")
w = max([len(r[0]) for r in rows] + [len(header[0])])
print(f"{header[0]:<{w}}  {header[1]:>4}  {header[2]:>8}  {header[3]:>9}")
print("-" * (w + 29))
grand = 0
for name, q, p in rows:
    t = q * p
    grand += t
    print(f"{name:<{w}}  {q:>4d}  {p:>8.2f}  {t:>9,.2f}")
print("-" * (w + 29))
print(f"{'TOTAL':<{w}}  {'':>4}  {'':>8}  {grand:>9,.2f}")
print("%-12s|%5s|" % ("left", "right"))
