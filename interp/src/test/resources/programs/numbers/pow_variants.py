print(pow(2, 10), pow(2, -1), pow(2.0, 3))
print(pow(3, 200, 1000), pow(7, 0, 13), pow(5, 3, 1))
print(pow(3, -1, 11), pow(2, -3, 7))
print(pow(-2, 3), pow(-2, 4), (-2) ** 0.5 if False else "skip")
print(0 ** 0, 0.0 ** 0, 1 ** 10**6)
print(pow(10, 20) // pow(10, 18))
print(2 ** 0.5 * 2 ** 0.5, 9 ** 0.5, 27 ** (1/3))
print(pow(12345678901234567890, 98765, 10 ** 9 + 7))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(4, -1, 8)
except ValueError as e:
    print("ValueError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
