def make_lru(capacity):
    store = {}
    stats = {"hits": 0, "misses": 0, "evictions": []}
    def get(key, compute):
        if key in store:
            stats["hits"] += 1
            value = store.pop(key)
            store[key] = value
            return value
        stats["misses"] += 1
        value = compute(key)
        store[key] = value
        if len(store) > capacity:
            oldest = next(iter(store))
            del store[oldest]
            stats["evictions"].append(oldest)
        return value
    def snapshot():
        return list(store.items())
    return get, snapshot, stats
get, snapshot, stats = make_lru(3)
for key in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3, 6]:
    value = get(key, lambda k: k * k)
    print(f"get({key}) = {value:>2}  cache={snapshot()}")
print(stats)
print("hit rate: {:.1%}".format(stats["hits"] / (stats["hits"] + stats["misses"])))
