import sys
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(500))
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(5000)
print(depth(3000))
def count_down(n, acc):
    if n == 0:
        return acc
    return count_down(n - 1, acc + [n] if n % 1000 == 0 else acc)
print(count_down(4000, []))
