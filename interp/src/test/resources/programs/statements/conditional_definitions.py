import sys
MODE = "fast" if len(sys.argv) < 5 else "slow"
if MODE == "fast":
    def compute(n):
        return n * (n + 1) // 2
else:
    def compute(n):
        total = 0
        for i in range(n + 1):
            total += i
        return total
print(MODE, compute(100))
try:
    value = int("42")
except ValueError:
    value = -1
else:
    value *= 2
print(value)
if "fallback" not in globals():
    fallback = "defined conditionally"
print(fallback)
