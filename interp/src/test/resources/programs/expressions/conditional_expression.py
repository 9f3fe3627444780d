for x in (-5, 0, 5):
    print("neg" if x < 0 else "zero" if x == 0 else "pos")
y = 1 if True else 1 / 0
print(y)
z = (lambda: 1) if False else (lambda: 2)
print(z())
print([a if a % 2 else -a for a in range(6)])
def sign(n):
    return -1 if n < 0 else (0 if n == 0 else 1)
print(sign(-3), sign(0), sign(9))
print((1 if 0 else 2) + 10)
print(1 if 0 else 2 + 10)
n = 3
msg = "one" if n == 1 else "two" if n == 2 else "many"
print(msg)
print(not 1 if 0 else not 0)
