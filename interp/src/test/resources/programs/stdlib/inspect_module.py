import inspect, functools
def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
    """Does
       things."""
def g(x: int, y: str = 'y') -> list: pass
class C:
    """A class."""
    def __init__(self, p, q=0): self.p = p
    def m(self, z): return z
    @staticmethod
    def s(u): pass
    @classmethod
    def k(cls, v): pass
def gen(): yield 1
print(inspect.signature(f), inspect.signature(g), inspect.signature(C), inspect.signature(C(1).m), inspect.signature(C.k), inspect.signature(C.s), inspect.signature(lambda *a, **k: 0))
sig = inspect.signature(f)
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, p.default is inspect.Parameter.empty, p)
print(sig.return_annotation, repr(sig), list(inspect.signature(g).parameters))
b = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(b.arguments, b.args, b.kwargs)
b2 = inspect.signature(g).bind(1); b2.apply_defaults(); print(b2, b2.arguments)
for bad in [lambda: sig.bind(1), lambda: inspect.signature(g).bind(1, 2, 3), lambda: inspect.signature(g).bind(y=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).split(' <')[0])
print(inspect.getfullargspec(f))
print(inspect.isfunction(f), inspect.isclass(C), inspect.ismethod(C(1).m), inspect.isbuiltin(len), inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.isroutine(len), inspect.ismodule(inspect), inspect.iscoroutinefunction(f))
print([n for n, v in inspect.getmembers(C) if not n.startswith('__')], [n for n, v in inspect.getmembers(C(1), inspect.ismethod)])
print(inspect.getdoc(f), inspect.getdoc(C), repr(inspect.cleandoc('  x\n    y\n   z\n')))
print(inspect.getsource(g), inspect.getsourcelines(C.m)[1], inspect.getfile(f).endswith('.py'), inspect.getmodule(f).__name__)
def outer():
    return inner()
def inner():
    fr = inspect.currentframe()
    return fr.f_back.f_code.co_name, [fi.function for fi in inspect.stack()][:3], inspect.stack()[0].lineno
print(outer())
p = functools.partial(g, 5)
print(inspect.signature(p), inspect.getcallargs(g, 1))
@functools.wraps(g)
def wrapper(*a, **k): return g(*a, **k)
print(inspect.signature(wrapper), inspect.unwrap(wrapper) is g, inspect.getmro(bool))
print(inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=5), inspect.Signature([inspect.Parameter('a', inspect.Parameter.POSITIONAL_OR_KEYWORD)]))
