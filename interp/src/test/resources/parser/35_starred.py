*a, b = c
print(*a, *b)
x = *a, *b
[*a, *b]
{*a, *b}
f(*args, **kwargs)
for *a, b in c: pass
