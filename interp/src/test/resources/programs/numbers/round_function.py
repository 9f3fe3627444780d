for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1.005):
    print(v, round(v), round(v, 2), round(v, 1))
print(round(123456, -2), round(123456, -3), round(-150, -2), round(250, -2))
print(round(3), round(3, 2), type(round(3.7)).__name__, type(round(3.7, 0)).__name__)
print(round(1234.5678, -2), round(0.0), round(-0.0, 1))
print(round(10 ** 20 + 0.5 if False else 10 ** 20, -5))
print(round(float("inf"), 2))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
