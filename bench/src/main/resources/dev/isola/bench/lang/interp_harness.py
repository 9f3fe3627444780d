# CPython's side of `isola bench interp`: scaling (threads and processes) and, with CPython
# 3.11's private _xxsubinterpreters module, the lifecycle of subinterpreters. Prints key=value.
import sys, time, threading, multiprocessing, statistics, gc

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def rss_kib():
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1])

def timed_rounds(run, rounds, warmup):
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        run()
        times.append(time.perf_counter() - t)
    return statistics.median(times[warmup:])

def scaling(n, rounds, warmup):
    for workers in (1, 2):
        def with_threads():
            ts = [threading.Thread(target=fib, args=(n,)) for _ in range(workers)]
            for t in ts: t.start()
            for t in ts: t.join()
        def with_processes():
            ps = [multiprocessing.Process(target=fib, args=(n,)) for _ in range(workers)]
            for p in ps: p.start()
            for p in ps: p.join()
        print('thread%d=%f' % (workers, timed_rounds(with_threads, rounds, warmup)))
        print('proc%d=%f' % (workers, timed_rounds(with_processes, rounds, warmup)))

def lifecycle():
    import _xxsubinterpreters as interpreters
    cycles, alive = 300, 100
    for _ in range(20):
        interpreters.destroy(interpreters.create())
    cc, co = [], []
    for _ in range(cycles):
        t0 = time.perf_counter(); i = interpreters.create(); t1 = time.perf_counter()
        interpreters.destroy(i); t2 = time.perf_counter()
        cc.append((t2 - t0) * 1e6); co.append((t1 - t0) * 1e6)
    gc.collect(); before = rss_kib()
    ids = [interpreters.create() for _ in range(alive)]
    gc.collect(); during = rss_kib()
    for i in ids:
        interpreters.destroy(i)
    gc.collect(); after = rss_kib()
    print('create_close_us=%f' % statistics.median(cc))
    print('create_us=%f' % statistics.median(co))
    print('per_interp_kib=%f' % ((during - before) / alive))
    print('left_kib=%f' % max(0, after - before))

def ping_pong(n):
    a = threading.Lock(); b = threading.Lock()
    a.acquire(); b.acquire()
    def pong():
        for _ in range(n):
            a.acquire(); b.release()
    t = threading.Thread(target=pong); t.start()
    t0 = time.perf_counter()
    for _ in range(n):
        a.release(); b.acquire()
    elapsed = time.perf_counter() - t0
    t.join()
    return elapsed / n * 1e6

if __name__ == '__main__':
    what = sys.argv[1]
    if what == 'pingpong':
        rounds, warmup = int(sys.argv[3]), int(sys.argv[4])
        times = [ping_pong(20000) for _ in range(rounds)]
        print('round_trip_us=%f' % statistics.median(times[warmup:]))
    elif what == 'scaling':
        scaling(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
    else:
        lifecycle()
