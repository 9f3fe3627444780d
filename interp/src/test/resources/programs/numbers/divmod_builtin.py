print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(17.5, 5), divmod(-17.5, 5), divmod(1, 0.3))
print(divmod(10 ** 25, 7), divmod(-(10 ** 25), 7))
print(divmod(True, 2), divmod(0, 9))
q, r = divmod(100, 7)
print(q, r, q * 7 + r)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError:", e)
