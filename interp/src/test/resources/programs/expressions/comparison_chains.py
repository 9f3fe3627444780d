calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3))
print(calls); calls.clear()
print(v(1) < v(3) < v(2) < v(4))
print(calls); calls.clear()
print(v(5) > v(6) > v(0))
print(calls); calls.clear()
print(1 < 2 == 2 <= 3 != 4 > 0)
print(1 == 1.0 == True)
print(3 > 2 > 1 > 0 > -1)
x = 5
print(0 <= x < 10, 0 <= x < 5)
print(1 in [1, 2] in [[1, 2], 3])
print("a" < "b" < "ba" < "c")
print([1, 2] < [1, 2, 0] < [1, 3])
nothing = None
t1, t2 = (1, 2), (1, 2)
print(t1 == t2 is not nothing)
print(1 < 2 > 1.5 < 1.6)
