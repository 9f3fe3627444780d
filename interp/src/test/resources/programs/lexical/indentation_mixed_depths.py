# Indentation with varying depths per block
def f(n):
  if n > 0:
        for i in range(n):
             if i % 2:
                 print("odd", i)
             else:
              print("even", i)
  else:
      print("non-positive")
  return n

f(3)
f(0)
if True:
    x = 1
    if x:
                y = 2
    print(x, y)
while x < 3:
	x += 1
	print("tab-indented", x)
