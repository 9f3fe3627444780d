# A random-driven simulation: a bank queue with random arrivals and service times, seeded so
# that Isola and CPython draw the same numbers (random.random, randint, choice, gauss).
import random


def simulate(seed, customers):
    random.seed(seed)
    clock = 0.0
    free_at = [0.0, 0.0, 0.0]
    waits = []
    kinds = ["deposit", "withdraw", "loan", "query"]
    cost = {"deposit": 1.0, "withdraw": 1.2, "loan": 4.0, "query": 0.5}
    for _ in range(customers):
        clock += random.random() * 2
        kind = random.choice(kinds)
        service = max(0.1, random.gauss(cost[kind], 0.3)) * random.randint(1, 3)
        teller = min(range(3), key=lambda t: free_at[t])
        start = max(clock, free_at[teller])
        waits.append(start - clock)
        free_at[teller] = start + service
    return sum(waits) / len(waits)


def bench():
    return round(sum(simulate(s, 4000) for s in range(5)), 9)


if __name__ == "__main__":
    print(bench())
