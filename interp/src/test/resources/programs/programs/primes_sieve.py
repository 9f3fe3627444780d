def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]
def factorize(n, primes):
    factors = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            factors.append(p)
            n //= p
    if n > 1:
        factors.append(n)
    return factors
primes = sieve(10000)
print(len(primes), primes[:15], primes[-3:])
twins = [(p, p + 2) for p, q in zip(primes, primes[1:]) if q - p == 2]
print("twin pairs below 10000:", len(twins), twins[:5], twins[-1])
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print("largest gap:", max(gaps), "gap histogram (top 5):", sorted(gaps.items(), key=lambda kv: -kv[1])[:5])
for n in (360, 9973, 2 ** 10 * 3 ** 5, 600851475143, 99999999):
    f = factorize(n, primes)
    check = 1
    for x in f:
        check *= x
    print(n, "=", " * ".join(map(str, f)), check == n)
def goldbach(n):
    ps = set(primes)
    for p in primes:
        if n - p in ps:
            return p, n - p
print([goldbach(n) for n in range(4, 31, 2)])
