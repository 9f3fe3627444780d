# A directory without __init__.py is a namespace package (PEP 420).
import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/lib")

import nspkg.part.mod
import nspkg
print(nspkg.part.mod.VALUE)
print([p.rsplit("/", 2)[-2:] for p in nspkg.__path__], nspkg.__file__)
from nspkg.part import mod
print(mod is nspkg.part.mod, mod.__package__)
