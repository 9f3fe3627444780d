memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(100), len(memo))
def memoize(f):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    return wrapper
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths_m(r - 1, c) + grid_paths_m(r, c - 1)
grid_paths_m = memoize(grid_paths)
print(grid_paths_m(16, 16))
calls = [0]
def slow_square(n):
    calls[0] += 1
    return n * n
fast = memoize(slow_square)
print([fast(i % 3) for i in range(10)], calls[0])
