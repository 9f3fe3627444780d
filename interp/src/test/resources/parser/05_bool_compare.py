a and b
a or b or c
a and b or c and d
not a
not not a and b
a < b
a < b <= c > d >= e == f != g
a in b; a not in b; a is b; a is not b
not a in b
a is not None or b
