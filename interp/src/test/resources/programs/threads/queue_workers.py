# A pool of worker threads takes jobs from a queue.Queue and puts results on another; the
# totals do not depend on which worker did what.
import threading, queue

jobs = queue.Queue()
results = queue.Queue()

def worker():
    while True:
        n = jobs.get()
        if n is None:
            jobs.task_done()
            break
        results.put((n, sum(i * i for i in range(n))))
        jobs.task_done()

workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for n in range(1, 40):
    jobs.put(n)
for _ in workers:
    jobs.put(None)
jobs.join()
for w in workers:
    w.join()
out = []
while not results.empty():
    out.append(results.get_nowait())
print(len(out), sorted(out)[:5], sum(v for _, v in out))

q = queue.Queue(maxsize=2)
q.put(1); q.put(2)
print(q.full(), q.qsize())
try:
    q.put(3, block=False)
except queue.Full:
    print('Full')
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print('Full after timeout')
print(q.get(), q.get(), q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print('Empty')
try:
    q.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
try:
    q.task_done(); q.task_done(); q.task_done()
except ValueError as e:
    print('ValueError:', e)

lq = queue.LifoQueue()
for i in range(3): lq.put(i)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b')]: pq.put(item)
print([pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put('x'); print(sq.qsize(), sq.get(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print('SimpleQueue Empty')

# A bounded queue between a fast producer and a slow consumer keeps order.
bq = queue.Queue(maxsize=3)
received = []
def consume():
    while True:
        item = bq.get()
        if item is None:
            return
        received.append(item)
t = threading.Thread(target=consume); t.start()
for i in range(20):
    bq.put(i)
bq.put(None)
t.join()
print(received == list(range(20)))
