def bisect_root(f, lo, hi, tol=1e-12, max_iter=200):
    flo, fhi = f(lo), f(hi)
    if flo * fhi > 0:
        raise ValueError(f"no sign change on [{lo}, {hi}]")
    for i in range(max_iter):
        mid = (lo + hi) / 2
        fm = f(mid)
        if fm == 0 or hi - lo < tol:
            return mid, i
        if flo * fm < 0:
            hi, fhi = mid, fm
        else:
            lo, flo = mid, fm
    return (lo + hi) / 2, max_iter
problems = [
    ("x^2 - 2", lambda x: x * x - 2, 0, 2),
    ("x^3 - x - 2", lambda x: x ** 3 - x - 2, 1, 2),
    ("x - 1/x - 1", lambda x: x - 1 / x - 1, 1, 2),
    ("x^2 + 1", lambda x: x * x + 1, -1, 1),
    ("exact zero", lambda x: x - 0.5, 0, 1),
]
for name, f, lo, hi in problems:
    try:
        root, iters = bisect_root(f, lo, hi)
        print(f"{name:<12} root={root:.10f} iters={iters} residual_small={abs(f(root)) < 1e-9}")
    except ValueError as e:
        print(f"{name:<12} error: {e}")
def newton_sqrt(a):
    x = a if a > 1 else 1.0
    for _ in range(60):
        nx = 0.5 * (x + a / x)
        if nx == x:
            break
        x = nx
    return x
print([round(newton_sqrt(v), 12) for v in (2, 10, 0.5, 144)])
