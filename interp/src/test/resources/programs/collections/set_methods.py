s = {3, 1, 2}
s.add(4); s.add(1); print(s)
s.discard(10); s.discard(2); print(s)
s.remove(3); print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
s.update([5, 6], {7}); print(s)
print(s.pop(), s)
t = s.copy(); t.add(100); print(s, t)
s.intersection_update({4, 5, 6}); print(s)
s.difference_update({4}); print(s)
s.symmetric_difference_update({6, 8}); print(s)
s.clear(); print(s)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print(sorted({"pear", "apple", "fig"}), {x * x for x in range(-3, 4)})
