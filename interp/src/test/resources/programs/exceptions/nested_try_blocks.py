def process(items):
    results = []
    for item in items:
        try:
            try:
                value = int(item)
            except ValueError:
                results.append(f"{item!r}: not int")
                continue
            try:
                results.append(f"{item!r}: {100 // value}")
            except ZeroDivisionError:
                results.append(f"{item!r}: div by zero")
                raise
        except ZeroDivisionError:
            results.append("outer caught zero")
        finally:
            results.append(f"done {item!r}")
    return results
for line in process(["5", "x", "0", "-3"]):
    print(line)
