@dec
def f():
    pass
@a.b
@c(1, k=2)
def g():
    pass
@dec
class A:
    pass
@x[0].y
def h(): pass
