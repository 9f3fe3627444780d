# Enums as real programs use them: state machines, dict keys, sorting by value, iteration,
# membership, comparisons, pickling-free copies, and classes mixing in behaviour.
import enum
import copy

class State(enum.Enum):
    IDLE = 'idle'
    RUNNING = 'running'
    DONE = 'done'

    def next(self):
        order = list(State)
        return order[(order.index(self) + 1) % len(order)]

transitions = []
s = State.IDLE
for _ in range(4):
    transitions.append(s.name)
    s = s.next()
print(transitions, State('running'), State['DONE'].value)
print(copy.copy(State.IDLE) is State.IDLE, copy.deepcopy([State.DONE])[0] is State.DONE)

class Priority(enum.IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10

tasks = [('write', Priority.LOW), ('fix', Priority.HIGH), ('test', Priority.MEDIUM)]
print(sorted(tasks, key=lambda t: t[1], reverse=True))
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, Priority(10).name, int(Priority.LOW), [p.value for p in Priority])
print('%d %s %r' % (Priority.HIGH, Priority.HIGH, Priority.HIGH), '{}|{:>4}'.format(Priority.LOW, Priority.MEDIUM))

class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1

mode = Perm.R | Perm.W
print(mode, repr(mode), Perm.R in mode, Perm.X in mode, mode & Perm.W, oct(mode | Perm.X))
print([p.name for p in Perm], bool(Perm(0)), repr(Perm(0)))

class Color(enum.Enum):
    RED = enum.auto()
    GREEN = enum.auto()
    BLUE = enum.auto()

counts = {c: i * 10 for i, c in enumerate(Color)}
print(counts[Color.GREEN], Color.BLUE in counts, [c.value for c in Color], len(Color))
print(list(reversed(Color)), Color.RED.__class__.__name__, type(Color).__name__)
print({Color.RED, Color.RED, Color.GREEN} == {Color.GREEN, Color.RED})

class Mood(enum.Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return 'my custom str! {0}'.format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY

print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY))

Animal = enum.Enum('Animal', 'ANT BEE CAT DOG')
print(Animal.ANT.value, Animal['CAT'], list(Animal)[-1], enum.Enum('Pet', {'dog': 'woof', 'cat': 'meow'}).cat.value)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    State('flying')
except ValueError as e:
    print('ValueError:', e)
print(isinstance(State.IDLE, enum.Enum), issubclass(Priority, int), issubclass(Perm, enum.Flag))
