print("nspkg.part.mod loaded:", __name__, __package__)
VALUE = "from a namespace package"
