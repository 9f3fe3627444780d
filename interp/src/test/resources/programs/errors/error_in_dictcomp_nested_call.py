def square_root_int(n):
    if n < 0:
        raise ValueError(f"negative input: {n}")
    r = 0
    while (r + 1) * (r + 1) <= n:
        r += 1
    return r
roots = {n: square_root_int(n) for n in [4, 9, -1]}
