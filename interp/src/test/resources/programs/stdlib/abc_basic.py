from abc import ABC, ABCMeta, abstractmethod
import abc

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())

class Square(Shape):
    def __init__(self, side): self.side = side
    def area(self): return self.side ** 2

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)

err(Shape)
print(Square(3).describe(), isinstance(Square(2), Shape), issubclass(Square, Shape))
print(Shape.__abstractmethods__, Square.__abstractmethods__, ABC.__abstractmethods__)
print(getattr(Shape.area, '__isabstractmethod__', False), getattr(Square.area, '__isabstractmethod__', False))

class Multi(ABC):
    @abstractmethod
    def zeta(self): pass
    @abstractmethod
    def alpha(self): pass
    @property
    @abstractmethod
    def size(self): pass
err(Multi)

class Half(Multi):
    def alpha(self): return 1
err(Half)

class Full(Half):
    def zeta(self): return 2
    @property
    def size(self): return 3
f = Full()
print(f.alpha(), f.zeta(), f.size)

class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self): pass
err(Base)
class Impl(Base):
    def run(self): return 'ran'
print(Impl().run(), isinstance(Impl(), Base))

class Duck(ABC):
    pass
class Mallard:
    pass
print(isinstance(Mallard(), Duck), issubclass(Mallard, Duck))
Duck.register(Mallard)
print(isinstance(Mallard(), Duck), issubclass(Mallard, Duck), Duck.register(int) is int, isinstance(3, Duck))

class Drawable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return hasattr(C, 'draw')
        return NotImplemented
class Circle:
    def draw(self): pass
print(isinstance(Circle(), Drawable), isinstance(1, Drawable), issubclass(Circle, Drawable))

class WithInit(ABC):
    def __init__(self, x): self.x = x
    @abstractmethod
    def get(self): pass
class Concrete(WithInit):
    def get(self): return self.x
print(Concrete(42).get())
err(lambda: WithInit(1))

class Static(ABC):
    @staticmethod
    @abstractmethod
    def make(): pass
    @classmethod
    @abstractmethod
    def build(cls): pass
err(Static)
print(abc.ABC.__module__, isinstance(Shape, ABCMeta))
