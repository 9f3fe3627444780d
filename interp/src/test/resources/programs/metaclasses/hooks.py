class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("new", mcs.__name__, name, bases, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a)
        obj = super().__call__(*a, **k)
        return obj
    def __repr__(cls):
        return "<Meta class " + cls.__name__ + ">"
    def __iter__(cls):
        return iter([1, 2, 3])
    def __len__(cls):
        return 3
    def __getitem__(cls, k):
        return k * 2
    def __contains__(cls, x):
        return x == 42
    def hello(cls):
        return "hello from " + cls.__name__
    @property
    def prop(cls):
        return "prop of " + cls.__name__

class A(metaclass=Meta, flag=1):
    x = 1
    def __init__(self, v):
        self.v = v

print(type(A), A, repr(A), A.tag)
a = A(5)
print(a.v, type(a).__name__)
print(list(A), len(A), A[4], 42 in A, 1 in A)
print(A.hello(), A.prop)
try:
    a.hello
except AttributeError as e:
    print("AttributeError", e)
class B(A):
    pass
print(type(B), B.tag, isinstance(B, Meta), isinstance(A, type), issubclass(Meta, type))
C = Meta('C', (), {'y': 2})
print(C, C.y, type(C))
