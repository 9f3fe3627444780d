import sys


class Replacement:
    kind = "an object that replaced its module in sys.modules"


sys.modules[__name__] = Replacement()
