# The real-valued distributions give CPython's floats bit for bit (printed by repr).
import random


def run(name, *args, n=12):
    f = getattr(random, name)
    print(name, args, [f(*args) for _ in range(n)])


random.seed(12345)
print([random.random() for _ in range(20)])
run("uniform", 0, 1)
run("uniform", -5, 5)
run("uniform", 2.5, 1.5)
run("uniform", 10**20, 10**20 + 1000)
run("triangular")
run("triangular", 0, 10)
run("triangular", 0, 10, 2)
run("triangular", 5, 5)
run("triangular", 1, 2, 2)
run("triangular", 0.0, 1.0, None)
run("normalvariate")
run("normalvariate", 100, 15)
run("normalvariate", -1.5, 0.25)
run("gauss")
run("gauss", 10, 2)
run("gauss", n=13)
run("lognormvariate", 0, 1)
run("lognormvariate", 1, 0.5)
run("expovariate", 1)
run("expovariate", 0.25)
run("expovariate", -2)
run("vonmisesvariate", 0, 0)
run("vonmisesvariate", 1, 1)
run("vonmisesvariate", 3.0, 4.0)
run("vonmisesvariate", -2, 100)
run("gammavariate", 0.1, 1)
run("gammavariate", 0.5, 2)
run("gammavariate", 0.9, 1.0)
run("gammavariate", 1, 3)
run("gammavariate", 1.0, 0.5)
run("gammavariate", 2, 1)
run("gammavariate", 20, 0.5)
run("gammavariate", 200.0, 1.0)
run("betavariate", 2, 3)
run("betavariate", 0.5, 0.5)
run("betavariate", 10, 1)
run("paretovariate", 1)
run("paretovariate", 3.5)
run("weibullvariate", 1, 1)
run("weibullvariate", 2, 0.5)
run("weibullvariate", 0.5, 5)
print(random.gauss(mu=1, sigma=0), random.normalvariate(sigma=0), random.uniform(b=1, a=1))
print(random.triangular(high=1, low=1), random.triangular(mode=0.5), random.expovariate(lambd=2))
print(type(random.uniform(1, 1)).__name__, random.gauss(0, True), random.normalvariate(True, False))

for call in [lambda: random.gammavariate(0, 1), lambda: random.gammavariate(1, 0), lambda: random.gammavariate(-1, -1),
             lambda: random.betavariate(0, 1), lambda: random.expovariate(0), lambda: random.expovariate(),
             lambda: random.paretovariate(0), lambda: random.weibullvariate(1, 0), lambda: random.uniform(1),
             lambda: random.uniform("a", "b"), lambda: random.uniform(1, "b"), lambda: random.gauss(1, 2, 3),
             lambda: random.gauss("a"), lambda: random.normalvariate(0, "x"), lambda: random.lognormvariate(0),
             lambda: random.lognormvariate(1000, 1), lambda: random.vonmisesvariate(), lambda: random.vonmisesvariate(0, "k"),
             lambda: random.triangular(1, 2, 3, 4), lambda: random.triangular(1, 2, 3, low=1),
             lambda: random.triangular("a"), lambda: random.gammavariate("a", 1), lambda: random.paretovariate(),
             lambda: random.weibullvariate(1), lambda: random.betavariate(1, 2, 3), lambda: random.gauss(x=1)]:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
