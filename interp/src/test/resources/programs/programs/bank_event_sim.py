# Discrete-event simulation of a bank with tellers, driven by a heapq event
# queue and a seeded random generator; customers are generator processes.
import heapq
import math
import random


class SimError(Exception):
    pass


class ClockError(SimError):
    def __init__(self, now, when):
        super().__init__("cannot schedule at %.3f before now %.3f" % (when, now))
        self.now = now
        self.when = when


class Event:
    _counter = 0

    def __init__(self, when, action, label):
        Event._counter += 1
        self.seq = Event._counter
        self.when = when
        self.action = action
        self.label = label

    def __lt__(self, other):
        return (self.when, self.seq) < (other.when, other.seq)

    def __repr__(self):
        return "<Event %s t=%.2f #%d>" % (self.label, self.when, self.seq)


class Stats:
    def __init__(self, name):
        self.name = name
        self.values = []

    def add(self, v):
        self.values.append(v)

    @property
    def count(self):
        return len(self.values)

    @property
    def mean(self):
        return sum(self.values) / len(self.values) if self.values else 0.0

    @property
    def stdev(self):
        if len(self.values) < 2:
            return 0.0
        m = self.mean
        return math.sqrt(sum((v - m) ** 2 for v in self.values) / (len(self.values) - 1))

    def __str__(self):
        return "%-10s n=%3d mean=%7.3f sd=%7.3f max=%7.3f" % (
            self.name, self.count, self.mean, self.stdev, max(self.values, default=0.0))


class SeededRng:
    """Stands in for random.Random (not in Isola yet): seeds the module generator."""

    def __init__(self, seed):
        random.seed(seed)

    def __getattr__(self, name):
        return getattr(random, name)


class Simulator:
    def __init__(self, seed):
        self.rng = SeededRng(seed)
        self.now = 0.0
        self.queue = []
        self.log = []

    def schedule(self, delay, action, label):
        when = self.now + delay
        if when < self.now:
            raise ClockError(self.now, when)
        ev = Event(when, action, label)
        heapq.heappush(self.queue, ev)
        return ev

    def process(self, gen, label):
        """Drive a generator: each yielded number is a delay before resuming."""
        def step(value=None):
            try:
                delay = gen.send(value)
            except StopIteration as stop:
                if stop.value is not None:
                    self.log.append((round(self.now, 3), label, stop.value))
                return
            self.schedule(delay, lambda: step(self.now), label)
        self.schedule(0.0, step, label)

    def run(self, until):
        processed = 0
        while self.queue and self.queue[0].when <= until:
            ev = heapq.heappop(self.queue)
            self.now = ev.when
            ev.action()
            processed += 1
        return processed


class Bank:
    def __init__(self, sim, tellers):
        self.sim = sim
        self.free = list(range(tellers))
        heapq.heapify(self.free)
        self.waiting = []
        self.wait_stats = Stats("wait")
        self.service_stats = Stats("service")
        self.served_by = {t: 0 for t in range(tellers)}
        self.max_queue = 0

    def request(self, name, callback):
        if self.free:
            callback(heapq.heappop(self.free))
        else:
            self.waiting.append((name, callback))
            self.max_queue = max(self.max_queue, len(self.waiting))

    def release(self, teller):
        self.served_by[teller] += 1
        if self.waiting:
            name, callback = self.waiting.pop(0)
            callback(teller)
        else:
            heapq.heappush(self.free, teller)


def customer(sim, bank, name, patience):
    arrived = sim.now
    got = []

    def on_teller(t):
        got.append(t)
        sim.schedule(0.0, lambda: resume(), name + "-start")

    def resume():
        try:
            gen_ref[0].send(None)
        except StopIteration:
            pass

    def body():
        bank.request(name, on_teller)
        yield
        wait = sim.now - arrived
        bank.wait_stats.add(wait)
        service = sim.rng.expovariate(1 / 4.0)
        bank.service_stats.add(service)
        sim.schedule(service, lambda: resume(), name + "-done")
        yield
        bank.release(got[0])
        flag = "impatient" if wait > patience else "ok"
        sim.log.append((round(sim.now, 3), name, "teller%d %s" % (got[0], flag)))

    gen_ref = [body()]
    next(gen_ref[0])


def arrivals(sim, bank, count):
    for i in range(count):
        gap = sim.rng.expovariate(1 / 2.5)
        now = yield gap
        customer(sim, bank, "c%02d" % i, patience=sim.rng.uniform(2, 8))
    return "all %d arrived at %.3f" % (count, now)


def simulate(seed, tellers, customers, until):
    Event._counter = 0
    sim = Simulator(seed)
    bank = Bank(sim, tellers)
    sim.process(arrivals(sim, bank, customers), "arrivals")
    n = sim.run(until)
    print("seed=%d tellers=%d events=%d now=%.3f pending=%d" % (
        seed, tellers, n, sim.now, len(sim.queue)))
    for entry in sim.log[:6]:
        print("  ", entry)
    print("   ...", len(sim.log), "log entries")
    print("  ", bank.wait_stats)
    print("  ", bank.service_stats)
    print("   served:", bank.served_by, "max queue:", bank.max_queue)
    return bank


for seed, tellers in [(1, 1), (1, 2), (7, 3), (42, 2)]:
    simulate(seed, tellers, 20, 1000.0)

sim = Simulator(0)
try:
    sim.now = 5.0
    sim.schedule(-1.0, lambda: None, "bad")
except SimError as e:
    print(type(e).__name__, e, e.now, e.when, isinstance(e, ClockError))

partial = simulate(3, 1, 30, 25.0)
print("partial waits:", [round(w, 2) for w in partial.wait_stats.values[:8]])

evs = [Event(t, None, "x%d" % i) for i, t in enumerate([3.0, 1.0, 2.0, 1.0])]
print(sorted(evs))
print(heapq.nsmallest(2, evs), heapq.nlargest(1, evs))
