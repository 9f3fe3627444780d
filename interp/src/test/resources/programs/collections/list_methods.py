a = [3, 1, 4, 1, 5]
a.append(9); print(a)
a.extend([2, 6]); print(a)
a.insert(0, 0); a.insert(-1, 7); a.insert(100, 8); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
print(a.index(1), a.index(5, 2), a.count(1), a.count(42))
a.reverse(); print(a)
a.sort(); print(a)
b = a.copy(); b.append(100); print(a, b)
a.clear(); print(a, len(a))
for op in (lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(3), lambda: [1].pop(5)):
    try:
        op()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
a += "xy"; print(a)
a.extend(range(3)); print(a)
