# sys.modules is the cache: injecting, deleting and replacing entries, reload, sys.path edits.
import sys
lib = __file__.rsplit("/", 1)[0] + "/lib"


class Fake:
    answer = 42


sys.modules["fake_mod"] = Fake()
import fake_mod
print(fake_mod.answer, type(fake_mod).__name__)
from fake_mod import answer
print(answer)

try:
    import plain
except ModuleNotFoundError as e:
    print(e)
sys.path.append(lib)
import plain
print(plain.VALUE)
del sys.modules["plain"]
import plain as again
print(again is plain, again.VALUE)
print(sys.modules["plain"] is again)

import selfreplace
print(selfreplace.kind)

import reloadme
import importlib
r = importlib.reload(reloadme)
print(r is reloadme, reloadme.loads)

import lazy
print(lazy.computed)
from lazy import computed as c2
print(c2)
try:
    lazy.missing
except AttributeError as e:
    print(e)

print(sys.modules["sys"] is sys, sys.modules["__main__"].__name__)
print(type(sys.path).__name__, sys.path[-1] == lib)
import math
print(math.__name__, sys.modules["math"] is math)
print(importlib.reload(math) is math)
