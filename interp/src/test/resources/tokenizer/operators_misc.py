def f(a, *, b=1, **k) -> int: ...
if (n := 10) > 5: pass
x = y[1:2, ::3]
z = lambda: a.b.c
@decorator
class C: pass
