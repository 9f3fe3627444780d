a = 1; b = 2; c = a + b
print(a, b, c); print("same line")
if c: print("inline if"); print("second")
for i in range(3): print(i, end=" ")
print()
while a < 4: a += 1
print(a)
def f(): return 42
print(f())
x = 5;
print(x);
