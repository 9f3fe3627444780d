data = ["3", "4", "x"]
total = sum(int(s) for s in data)
