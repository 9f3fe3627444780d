"""CPU-bound work on every core: the same job in N interpreters at once (each with its own
lock), then in N threads sharing one interpreter (one lock: they take turns), then one after
another. Each is run several times and the median of the later rounds shown (the first ones
warm the JIT up). Usage: ./isola examples/parallel.py [N] [fib-argument] [rounds]"""
import sys
import os
import threading
import time
from concurrent import interpreters


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def timed(label, run, rounds):
    """The median wall time of the last rounds (the first ones warm the JIT up)."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    steady = sorted(times[rounds // 2:])
    return label, steady[len(steady) // 2], None


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else os.cpu_count() or 2
    arg = int(sys.argv[2]) if len(sys.argv) > 2 else 27
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 6
    workers = [interpreters.create() for _ in range(n)]

    def in_interpreters():
        threads = [w.call_in_thread(fib, arg) for w in workers]
        for t in threads:
            t.join()

    def in_threads():
        threads = [threading.Thread(target=fib, args=(arg,)) for _ in range(n)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    def serial():
        for _ in range(n):
            fib(arg)

    rows = [timed(f"one after another ({n} runs)", serial, rounds),
            timed(f"{n} interpreters, one thread each", in_interpreters, rounds),
            timed(f"{n} threads in one interpreter", in_threads, rounds)]
    base = rows[0][1]
    print(f"fib({arg}) computed {n} times on {os.cpu_count()} cores")
    for label, seconds, _ in rows:
        print(f"  {label:<36} {seconds:7.3f} s   speedup {base / seconds:4.2f}x")
    for w in workers:
        w.close()


if __name__ == "__main__":
    main()
