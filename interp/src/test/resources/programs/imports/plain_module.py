# A plain module from a directory put on sys.path: attributes, caching, aliases.
import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/lib")

print("before import")
import plain
print("after import")
import plain
import plain as p2
from plain import greet, VALUE
print(p2 is plain, greet("world"), VALUE)
print(plain.__name__, repr(plain.__package__), plain.__doc__)
print(plain.__file__)
print(plain)
print(sys.modules["plain"] is plain)
print(plain.bump(), plain.bump(), p2.counter)
print(type(plain).__name__, plain.__loader__ is not None or plain.__spec__ is None)
print(sorted(k for k in vars(plain) if not k.startswith("__")))
print("__builtins__" in vars(plain), plain.__dict__ is vars(plain))
import importlib
print(importlib.import_module("plain") is plain)
print(__import__("plain") is plain)
print(__name__, __package__, __spec__)
print(__file__)
