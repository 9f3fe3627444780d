# getstate/setstate replay the generator, gauss()'s cached value included.
import random

random.seed(99)
state = random.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][:5], state[1][-1], state[2])
first = [random.random() for _ in range(700)]
random.setstate(state)
print(first == [random.random() for _ in range(700)])

random.seed(8)
g = random.gauss()
saved = random.getstate()
print(saved[2] is not None, saved[2])
after = [random.gauss() for _ in range(5)]
random.setstate(saved)
print(after == [random.gauss() for _ in range(5)])
random.seed(8)
print(random.getstate()[2])

# Mid-block index, and a state carried across a reseed.
random.seed(0)
for _ in range(300):
    random.getrandbits(32)
mid = random.getstate()
print(mid[1][-1])
a = [random.getrandbits(64) for _ in range(400)]
random.seed("something else")
random.setstate(mid)
print(a == [random.getrandbits(64) for _ in range(400)])

# A state built by hand: index 624 regenerates before the next draw.
words = tuple(range(1, 625))
random.setstate((3, words + (624,), None))
print([random.getrandbits(32) for _ in range(5)])
random.setstate((3, words + (0,), 0.5))
print(random.gauss(), random.getstate()[2], [random.random() for _ in range(3)])
random.setstate((3, tuple(w + 2**32 for w in words) + (10,), None))
print(random.getstate()[1][:3], random.random())
# Version 2 states held signed words.
random.setstate((2, tuple(-w for w in words) + (624,), None))
print(random.getstate()[1][:3], random.random())
random.setstate([3, words + (5,), None])
print(random.random())

for bad in [1, (), (3,), (3, words + (1,)), (3, words + (1,), None, 4), (4, words + (1,), None),
            ("3", words + (1,), None), (3, list(words) + [1], None), (3, words, None),
            (3, words + (625,), None), (3, words + (-1,), None), (3, (-1,) + words, None),
            (3, (2**64,) + words, None), (3, (1.5,) + words, None), (3, words + (1.0,), None),
            (3, words + (2**70,), None), (3, 5, None)]:
    try:
        random.setstate(bad)
        print("accepted", random.random())
    except Exception as e:
        print(type(e).__name__, e)
for call in [lambda: random.getstate(1), lambda: random.setstate(), lambda: random.setstate(1, 2)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
