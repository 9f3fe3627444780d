def get_nested(d, *keys, default=None):
    try:
        for k in keys:
            d = d[k]
        return d
    except (KeyError, IndexError, TypeError):
        return default
config = {"db": {"hosts": ["a", "b"], "port": 5432}, "debug": True}
print(get_nested(config, "db", "hosts", 1))
print(get_nested(config, "db", "hosts", 5, default="none"))
print(get_nested(config, "db", "port", "x", default="type"))
print(get_nested(config, "missing"))
def to_number(s):
    try:
        return int(s)
    except ValueError:
        try:
            return float(s)
        except ValueError:
            return None
print([to_number(s) for s in ["1", "2.5", "1e3", "x", " 7 ", "inf", ""]])
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")
    except TypeError as e:
        return f"bad types: {e}"
print(safe_div(1, 2), safe_div(1, 0), safe_div(-1, 0), safe_div(0, 0), safe_div("a", 1))
