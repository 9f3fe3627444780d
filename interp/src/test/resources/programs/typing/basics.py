# typing: subscripted aliases and their reprs, get_origin/get_args, Generic classes, NamedTuple and
# TypedDict (class and functional forms), NewType, cast, overload, get_type_hints, Annotated.
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, Callable, Iterable, Iterator,
                    Generator, Sequence, Mapping, Type, TypeVar, Generic, Protocol, NamedTuple,
                    TypedDict, Literal, Final, ClassVar, cast, overload, TYPE_CHECKING,
                    get_type_hints, NewType, Annotated, get_origin, get_args, DefaultDict)
import typing
T = TypeVar('T')
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Callable[[int, str], bool])
print(Tuple[int, ...], Literal['a', 1], Type[int], T, Any, Optional[List[T]])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]) is Union, get_args(Optional[str]))
print(Union[int, int], Union[int, None] == Optional[int], List[int] == List[int])

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
b = Box(3)
print(b.get(), Box[int], Box.__parameters__, isinstance(b, Box))

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), Point(1), p._asdict(), Point.__annotations__)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1))

class Movie(TypedDict):
    name: str
    year: int
m: Movie = {'name': 'x', 'year': 1999}
print(m, Movie.__annotations__, type(Movie(name='y', year=2)).__name__)

UserId = NewType('UserId', int)
print(UserId(5), cast(int, '3'))

class C:
    a: int
    b: ClassVar[str] = 'x'
    c: 'List[int]'
print(get_type_hints(C))

def process(items: Iterable[int], f: Optional[Callable[[int], int]] = None) -> List[int]:
    return [f(i) if f else i for i in items]
print(process([1, 2], lambda v: v * 2), TYPE_CHECKING)

@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(1), g('s'))
print(isinstance([], List), isinstance({}, typing.Mapping) if False else 'skip', Annotated[int, 'meta'])
try:
    isinstance(1, List[int])
except TypeError as e:
    print('TypeError:', e)
class Proto(Protocol):
    def meth(self) -> int: ...
print(Proto.__name__)
