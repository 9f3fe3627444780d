__all__ = ["public_a", "_semi_private", "Klass"]
public_a = "a"
public_b = "b (not in __all__)"
_semi_private = "listed in __all__"


class Klass:
    pass
