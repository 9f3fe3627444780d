a = [10, 20, 30]
for i in (0, 2, -1, -3, 3, -4, 100):
    try:
        print(i, a[i])
    except IndexError as e:
        print(i, "IndexError:", e)
try:
    a[3] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    a["0"]
except TypeError as e:
    print("TypeError:", e)
try:
    a[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(3)[3]
except IndexError as e:
    print("IndexError:", e)
try:
    b""[0]
except IndexError as e:
    print("IndexError:", e)
print(a[True], a[False])
