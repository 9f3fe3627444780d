def check(x):
    assert x > 0
    return x
check(5)
check(-1)
