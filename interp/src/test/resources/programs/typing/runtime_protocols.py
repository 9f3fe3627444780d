import typing
from typing import Protocol, runtime_checkable
print(isinstance(3, typing.SupportsInt), isinstance(3.5, typing.SupportsFloat), isinstance('x', typing.SupportsInt), issubclass(float, typing.SupportsInt), isinstance(2, typing.SupportsIndex), isinstance(2.0, typing.SupportsIndex))
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class File:
    def close(self): pass
class Other: pass
print(isinstance(File(), Closer), isinstance(Other(), Closer), issubclass(File, Closer), issubclass(Other, Closer))
class NotRuntime(Protocol):
    def go(self): ...
try:
    isinstance(1, NotRuntime)
except TypeError as e:
    print(e)
class Impl(Closer):
    pass
print(isinstance(Impl(), Closer), isinstance(Impl(), Impl), isinstance(File(), Impl), type(Closer).__name__ != 'type')
@runtime_checkable
class HasName(Protocol):
    name: str
class N:
    def __init__(self): self.name = 'n'
print(isinstance(N(), HasName), isinstance(Other(), HasName))
