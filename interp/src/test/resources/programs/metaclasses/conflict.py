# An uncaught metaclass conflict: the traceback names the class statement.
class MetaA(type):
    pass

class MetaB(type):
    pass

class A(metaclass=MetaA):
    pass

class B(metaclass=MetaB):
    pass

print(type(A).__name__, type(B).__name__)

class C(A, B):
    pass
