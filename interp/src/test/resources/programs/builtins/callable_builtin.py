def f():
    pass
print(callable(f), callable(lambda: 0), callable(print), callable(int), callable(str.upper))
print(callable(1), callable("s"), callable([]), callable(None), callable(callable), callable(type))
print(callable("".join), callable([].append), callable({}.get), callable(range(3)))
