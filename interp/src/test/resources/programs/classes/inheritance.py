# Inheritance: C3 MRO, multiple inheritance, super() with and without arguments.
class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]

class B(A):
    def who(self):
        return "B>" + super().who()
    def chain(self):
        return ["B"] + super().chain()

class C(A):
    def who(self):
        return "C>" + super().who()
    def chain(self):
        return ["C"] + super().chain()

class D(B, C):
    def who(self):
        return "D>" + super().who()
    def chain(self):
        return ["D"] + super().chain()

print([k.__name__ for k in D.__mro__])
print(D().who(), D().chain())
print(D.mro() == list(D.__mro__), D.__bases__, D.__base__, A.__bases__)
print(super(B, D()).who(), super(C, D()).chain())
print(issubclass(D, A), issubclass(D, (int, C)), issubclass(A, D), isinstance(D(), (int, B)))
print(issubclass(bool, int), issubclass(D, object), isinstance(A, type), type(A), type(type))

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)

class O(object):
    pass
print(O.__mro__, O().__class__ is O, O.__class__)

class Grand:
    def __init__(self, name):
        self.name = name
        self.trail = ["Grand"]

class Parent(Grand):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
        self.trail.append("Parent")

class Child(Parent):
    def __init__(self, name, age, toy):
        super(Child, self).__init__(name, age)
        self.toy = toy
        self.trail.append("Child")

c = Child("ann", 7, "kite")
print(c.name, c.age, c.toy, c.trail, sorted(vars(c)))

class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {self.extra()}"
    def extra(self):
        return "mixin"

class Thing(Mixin, Grand):
    def extra(self):
        return "thing:" + super().extra()

t = Thing("t")
print(t.describe(), Thing.__mro__[1].__name__)

class Shape:
    sides = 0
    count = 0
    def __init__(self):
        Shape.count += 1
        type(self).made = True
    @classmethod
    def make(cls):
        return cls()
    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")

class Square(Shape):
    sides = 4
    def __init__(self, s=2):
        super().__init__()
        self.s = s
    def area(self):
        return self.s ** 2

sq = Square.make()
print(sq.area(), sq.sides, Shape.sides, Shape.count, Square.made, hasattr(Shape, "made"))
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)

class Cls:
    def m(self):
        return __class__, super().__thisclass__ if hasattr(super(), "__thisclass__") else None
print(Cls().m()[0] is Cls)

def outer():
    class Inner:
        def f(self):
            return "inner"
    return Inner
I = outer()
print(I.__qualname__, I().f(), I.__name__)

class Outer:
    class Nested:
        pass
    def method(self):
        pass
print(Outer.Nested.__qualname__, Outer.method.__qualname__, Outer.Nested.__module__)
print(repr(Outer.Nested)[:30], str(Outer)[:20])
