"""Shapes: a package with submodules and subpackages."""
print("shapes: __init__ runs,", __name__, __package__)
__all__ = ["circle", "square", "UNIT"]
UNIT = "cm"
