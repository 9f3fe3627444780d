def pipeline(data, *steps):
    for step in steps:
        data = step(data)
    return data
def take(n):
    return lambda seq: seq[:n]
def mapper(f):
    return lambda seq: [f(x) for x in seq]
def where(pred):
    return lambda seq: [x for x in seq if pred(x)]
def sort_by(key, reverse=False):
    return lambda seq: sorted(seq, key=key, reverse=reverse)
words = "the quick brown fox jumps over the lazy dog again".split()
print(pipeline(words, where(lambda w: len(w) > 3), mapper(str.upper), sort_by(len, True), take(3)))
print(pipeline(range(20), list, where(lambda n: n % 3 == 0), mapper(lambda n: n * n), sum))
print(pipeline("hello", list, sort_by(lambda c: c), "".join))
