_x = 1
__y__ = 2
camelCase = 3
with_digits123 = 4
café = 5
数 = 6
print(_x, __y__, camelCase, with_digits123, café, 数)
True_ = 7
None1 = 8
iff = 9
print(True_, None1, iff)
match = 10
case = 11
type = 12
_ = 13
print(match, case, type, _)
del type
print(type(1).__name__)
print(True, False, None)
print(True + True, None is None)
