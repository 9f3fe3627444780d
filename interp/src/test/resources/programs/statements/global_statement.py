counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def make_new():
    global brand_new
    brand_new = "created"
make_new()
print(brand_new)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def reader():
    return counter * 2
print(reader())
def multi():
    global a, b
    a, b = 1, 2
multi()
print(a, b)
def del_global():
    global a
    del a
del_global()
print("a" in globals())
