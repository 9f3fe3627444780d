(x := 1)
if (n := len(a)) > 10:
    pass
while chunk := read():
    pass
[y := f(x), y ** 2]
f(x := 1)
