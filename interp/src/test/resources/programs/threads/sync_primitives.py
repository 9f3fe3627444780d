# Locks, RLocks, Conditions, Semaphores, Events and Barriers across threads, with outputs
# that do not depend on how the threads interleave.
import threading, time

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError:', e)
for bad in (dict(blocking=False, timeout=1), dict(timeout=-5)):
    try:
        lock.acquire(**bad)
    except ValueError as e:
        print('ValueError:', e)
with lock:
    print('inside', lock.locked())
print('outside', lock.locked())

r = threading.RLock()
with r:
    with r:
        print('reentered')
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError:', e)

# A counter incremented by many threads under a lock comes out exact.
count = 0
def bump(times):
    global count
    for _ in range(times):
        with lock:
            count += 1
ts = [threading.Thread(target=bump, args=(2000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print('count', count)

# Condition: a consumer waits for items a producer adds.
cond = threading.Condition()
box = []
got = []
def consumer():
    with cond:
        for _ in range(3):
            cond.wait_for(lambda: box)
            got.append(box.pop(0))
c = threading.Thread(target=consumer); c.start()
for i in range(3):
    with cond:
        box.append(i)
        cond.notify()
    time.sleep(0.002)
c.join(5)
print('got', got)
with cond:
    print('timed out wait:', cond.wait(0.01))
try:
    cond.notify()
except RuntimeError as e:
    print('RuntimeError:', e)

# Semaphore bounds how many threads are inside at once.
sem = threading.Semaphore(2)
inside = 0
peak = 0
guard = threading.Lock()
def limited():
    global inside, peak
    with sem:
        with guard:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.005)
        with guard:
            inside -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print('peak', peak, 'inside', inside)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print('ValueError:', e)
b = threading.BoundedSemaphore(1)
b.acquire(); b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError:', e)

# Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
threading.Timer(0.01, ev.set).start()
print(ev.wait(5), ev.is_set())
ev.clear(); print(ev.is_set())

# Barrier: every party gets a distinct index.
barrier = threading.Barrier(3)
indexes = []
def party():
    i = barrier.wait()
    with guard:
        indexes.append(i)
ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(indexes), barrier.broken, barrier.parties)

# Timer cancelled before it fires
fired = []
tm = threading.Timer(10, fired.append, args=(1,))
tm.start(); tm.cancel(); tm.join(5)
print('fired', fired, tm.is_alive())
