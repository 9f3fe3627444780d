def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise ValueError(f"missing setting {key!r}") from e
load("b")
