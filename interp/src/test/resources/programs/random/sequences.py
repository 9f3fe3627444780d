# choice, shuffle, sample and choices pick what CPython picks for the same seed.
import random

random.seed(1)
print([random.choice("abcdefghij") for _ in range(30)])
print([random.choice([10, 20, 30]) for _ in range(20)])
print([random.choice(range(1000)) for _ in range(10)], random.choice((None,)), random.choice(b"xyz"))

random.seed(2)
for n in [0, 1, 2, 3, 10, 52]:
    x = list(range(n))
    random.shuffle(x)
    print(x)
ba = bytearray(b"abcdefgh")
random.shuffle(ba)
print(ba)
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
random.shuffle(words)
print(words)

random.seed(3)
print(random.sample(range(100), 10))
print(random.sample(range(10), 10))
print(random.sample(range(10**9), 8))
print(random.sample("abcdefghijklmnopqrstuvwxyz", 5))
print(random.sample((1, 2, 3), 0), random.sample([7], 1))
print(random.sample(list(range(1000)), 30))
print(random.sample(range(40), 25))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample("ab", 6, counts=[3, 3]))
print(random.sample(range(5), k=4, counts=[1, 0, 2, 0, 5]))
print(random.sample(b"hello", 3), random.sample(bytearray(b"hi"), 2))

random.seed(4)
print(random.choices("abc"), random.choices("abc", k=10))
print(random.choices(range(100), k=15))
print(random.choices("abc", [1, 2, 3], k=10))
print(random.choices("abc", [0.5, 0, 0.5], k=10))
print(random.choices("abc", cum_weights=[1, 5, 6], k=10))
print(random.choices("abcd", cum_weights=(0.1, 0.2, 0.3, 1.0), k=10))
print(random.choices("abc", weights=[True, False, True], k=6))
print(random.choices([1, 2], k=0), random.choices([1, 2], k=-3), random.choices([], k=0))
print(random.choices(["x", "y"], [2**70, 1], k=5))

for call in [lambda: random.choice([]), lambda: random.choice(""), lambda: random.choice(5),
             lambda: random.choice(), lambda: random.choice([1], [2]),
             lambda: random.shuffle((1, 2)), lambda: random.shuffle("ab"), lambda: random.shuffle(5),
             lambda: random.sample({1, 2}, 1), lambda: random.sample({1: 2}, 1), lambda: random.sample([1, 2], 3),
             lambda: random.sample([1, 2], -1), lambda: random.sample([1, 2], 1.0), lambda: random.sample([1, 2], "a"),
             lambda: random.sample([1, 2], 1, counts=[1]), lambda: random.sample([1, 2], 1, counts=[1, 1.5]),
             lambda: random.sample([1, 2], 1, counts=[0, 0]), lambda: random.sample([1, 2], 1, counts=[1, -2]),
             lambda: random.sample([], 0, counts=[]), lambda: random.sample([1, 2]),
             lambda: random.sample([1], 1, 2), lambda: random.sample([1], 1, 2, counts=3),
             lambda: random.sample(k=1), lambda: random.sample([1], 1, bad=2),
             lambda: random.choices([1, 2], 3), lambda: random.choices([1, 2], [1]),
             lambda: random.choices([1, 2], [1, 2], cum_weights=[1, 2]), lambda: random.choices([1, 2], [0, 0]),
             lambda: random.choices([1, 2], [-1, 0]), lambda: random.choices([1, 2], [1, float("inf")]),
             lambda: random.choices([1, 2], [1, float("nan")]), lambda: random.choices([], k=2),
             lambda: random.choices([1], k=1.5), lambda: random.choices(5), lambda: random.choices(),
             lambda: random.choices([1], [1], [2]), lambda: random.choices([1], ["a"]),
             lambda: random.choices([1], [1], k="a"), lambda: random.choices([1, 2], cum_weights=[1])]:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
