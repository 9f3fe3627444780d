"""A short tour of what Isola runs today: the language core of Python 3.11."""
import sys


def primes(limit):
    """The sieve of Eratosthenes."""
    sieve = [True] * (limit + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(sieve[i * i::i])
    return [n for n, is_prime in enumerate(sieve) if is_prime]


def make_counter():
    count = 0

    def counter(step=1):
        nonlocal count
        count += step
        return count
    return counter


def word_frequencies(text):
    counts = {}
    for word in text.lower().split():
        word = word.strip(".,;:!?")
        counts[word] = counts.get(word, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]


print(f"Python {sys.version.split()[0]} language core on Isola")
print("primes below 50:", primes(50))
tick = make_counter()
tick(); tick(5)
print("closure counter:", tick())
print("top words:", word_frequencies("the cat and the hat and the bat"))
print("big int:", 2 ** 100, "float:", 0.1 + 0.2)
try:
    {}["missing"]
except KeyError as e:
    print("caught", type(e).__name__, e)
print("squares:", {x: x * x for x in range(5)}, "sum:", sum(x * x for x in range(10)))
