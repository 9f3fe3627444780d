print("shapes.geometry: __init__,", __name__, __package__)
from .vectors import Vector
