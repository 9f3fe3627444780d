def convert(s):
    try:
        return int(s)
    except ValueError:
        return fallback[s]
convert("x")
