# Steady-state timing under CPython, as the bench CLI times Isola: import the workload, call
# bench() repeatedly, print one line of seconds per run.
import sys, time, importlib.util
spec = importlib.util.spec_from_file_location("workload", sys.argv[1])
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
runs = int(sys.argv[2])
times = []
for _ in range(runs):
    t = time.perf_counter()
    m.bench()
    times.append(time.perf_counter() - t)
print(" ".join("%.6f" % t for t in times))
