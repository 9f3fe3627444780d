import time

for name in ("time", "perf_counter", "monotonic", "process_time"):
    f = getattr(time, name)
    g = getattr(time, name + "_ns")
    a = f()
    b = g()
    c = f()
    print(name, type(a).__name__, type(b).__name__, a <= c, a >= 0, b >= 0)

# the wall clock is after 2020 and agrees with its nanosecond twin
t = time.time()
tn = time.time_ns()
print(t > 1.6e9, abs(tn / 1e9 - t) < 60)

# monotonic clocks never go back
last = time.monotonic_ns()
ok = True
for i in range(1000):
    now = time.monotonic_ns()
    ok = ok and now >= last
    last = now
print("monotonic", ok)

# sleep advances the clocks by at least the time asked for
t0 = time.perf_counter()
m0 = time.monotonic()
print(time.sleep(0.01))
print(time.perf_counter() - t0 >= 0.01, time.monotonic() - m0 >= 0.01)
n0 = time.perf_counter_ns()
time.sleep(0)
time.sleep(False)
time.sleep(0.002)
print(time.perf_counter_ns() - n0 >= 2000000)

for bad in (-1, -0.001, float("nan"), "1", None, [1], float("inf")):
    try:
        time.sleep(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for call in (lambda: time.sleep(), lambda: time.sleep(1, 2), lambda: time.time(1), lambda: time.perf_counter_ns(0)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
