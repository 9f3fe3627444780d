# A def with annotations pops its annotations dict in MAKE_FUNCTION; the compiler once left
# that pop out of the stack depth, so the exception handlers after such a def restored the
# value stack one slot too high and the enclosing for loop read a stale slot (a JVM crash).
def annotated(x: int, y: str = 'y') -> list:
    return [x, y]


def deeper(n):
    if n:
        return deeper(n - 1)
    raise TypeError('from deep down')


def more(a: int, *rest: str, k: float = 1.0, **kw: bool) -> None:
    pass


for i, action in enumerate([lambda: deeper(5), lambda: annotated(1), lambda: deeper(3), lambda: more(1)]):
    try:
        print(i, action())
    except TypeError as e:
        print(i, 'caught', e)
print(annotated.__annotations__, more.__annotations__)


class C:
    def method(self, v: int) -> int:
        return v

    for j in range(3):
        try:
            if j % 2:
                raise ValueError(j)
        except ValueError as e:
            last = e.args


print(C().method(7), C.last)
