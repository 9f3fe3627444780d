def unpack2(seq):
    a, b = seq
    return a, b
def unpack_star(seq):
    a, b, *c = seq
    return a, b, c
for seq in [(1, 2), (1,), (1, 2, 3), "ab", "", [[]], {1: 0, 2: 0}]:
    try:
        print(repr(seq), unpack2(seq))
    except ValueError as e:
        print(repr(seq), "ValueError:", e)
for seq in [(1, 2), (1,), range(5)]:
    try:
        print(repr(seq), unpack_star(seq))
    except ValueError as e:
        print(repr(seq), "ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = None
except TypeError as e:
    print("TypeError:", e)
