items = [{"n": 1}, {"n": 2}, {"m": 3}]
print(sorted(items, key=lambda d: d["n"]))
