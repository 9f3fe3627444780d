# Threads run their targets, join, and report through shared structures under a lock;
# Thread objects' names, idents, repr and error messages are CPython's.
import threading, time

results = []
lock = threading.Lock()

def worker(n, scale=1):
    total = 0
    for i in range(20000):
        total += (i * n) % 11
    with lock:
        results.append((n, total * scale))

threads = [threading.Thread(target=worker, args=(i,), kwargs={'scale': 2}) for i in range(5)]
print([t.name for t in threads])
print([t.is_alive() for t in threads], [t.ident for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.is_alive() for t in threads], all(isinstance(t.ident, int) for t in threads))

main = threading.current_thread()
print(main.name, main is threading.main_thread(), main.daemon, threading.active_count())
print(threading.get_ident() == main.ident, type(threading.get_native_id()).__name__)

t = threading.Thread(target=lambda: None, name='named')
print(repr(t))
t.start(); t.join()
print(repr(t).startswith('<Thread(named, stopped '))
print(t.name, t.daemon)

errors = []
for action in (lambda: t.start(),
               lambda: threading.Thread().join(),
               lambda: main.join(),
               lambda: setattr(t, 'daemon', True)):
    try:
        action()
    except RuntimeError as e:
        errors.append(str(e))
print(errors)

class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name='counter-%d' % n)
        self.n = n
        self.result = None
    def run(self):
        self.result = sum(range(self.n))
cs = [Counter(k * 1000) for k in range(1, 4)]
for c in cs: c.start()
for c in cs: c.join()
print([(c.name, c.result) for c in cs])

seen = {}
def who():
    seen[threading.current_thread().name] = threading.current_thread() is not main
ts = [threading.Thread(target=who, name='w%d' % i) for i in range(3)]
for x in ts: x.start()
for x in ts: x.join()
print(sorted(seen.items()))

d = threading.Thread(target=time.sleep, args=(0.01,), daemon=True)
print(d.daemon)
d.start(); d.join(5)
print(d.is_alive(), threading.active_count())
