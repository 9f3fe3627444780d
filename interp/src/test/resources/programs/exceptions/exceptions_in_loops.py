results = []
for value in ["10", "0", "abc", "5", None, "-2"]:
    try:
        n = int(value)
        if n < 0:
            raise ValueError(f"negative: {n}")
        results.append(100 // n)
    except ZeroDivisionError:
        results.append("div0")
        continue
    except ValueError as e:
        results.append(f"bad({e})")
        if "negative" in str(e):
            break
    except TypeError:
        results.append("none")
    else:
        results.append("ok")
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise RuntimeError(f"attempt {attempts} failed")
        print("succeeded on attempt", attempts)
        break
    except RuntimeError as e:
        print("retrying after:", e)
