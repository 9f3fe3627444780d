try:
    {}["k"]
except KeyError:
    raise RuntimeError("context suppressed") from None
