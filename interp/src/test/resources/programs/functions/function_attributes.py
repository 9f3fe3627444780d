def outer():
    def inner():
        pass
    return inner
def documented(a, b=1):
    """Docstring here."""
    return a
print(outer.__name__, outer.__qualname__)
f = outer()
print(f.__name__, f.__qualname__)
print(documented.__doc__, outer.__doc__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
print(documented.__defaults__)
g = documented
print(g.__name__, g is documented, callable(g), callable(5))
print(type(documented).__name__, type(print).__name__, type(len).__name__)
print(documented.__module__, print.__name__)
def nested_lambda():
    return lambda: None
print(nested_lambda().__qualname__)
def make_list_comp():
    return [lambda: 1 for _ in range(1)][0]
print(make_list_comp().__qualname__)
