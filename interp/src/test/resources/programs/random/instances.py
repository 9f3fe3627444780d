# random.Random instances: independent generators with CPython's sequences, subclassing.
import random

a = random.Random(42)
b = random.Random(42)
c = random.Random("seed text")
print(a.random() == b.random(), a.randint(1, 100), b.randint(1, 100), c.random())
print([a.choice("abcdef") for _ in range(5)], a.sample(range(100), 5), a.gauss(0, 1))
random.seed(42)
module_first = random.random()
print(module_first == random.Random(42).random())
state = a.getstate()
x = [a.random() for _ in range(3)]
a.setstate(state)
print(x == [a.random() for _ in range(3)])
d = list(range(10))
random.Random(7).shuffle(d)
print(d, type(a).__name__, isinstance(a, random.Random))

class Loaded(random.Random):
    def biased(self):
        return min(self.random(), self.random())
l = Loaded(3)
print(round(l.biased(), 12), l.randrange(10), l.uniform(1, 2))
r = random.Random()
print(0 <= r.random() < 1)
r.seed(5)
print(r.random() == random.Random(5).random())
