# A dict word count over 1 million words drawn from a vocabulary of 1,000.
VOCABULARY = ["w%d" % (i * 7919 % 1000) for i in range(1000)]
WORDS = [VOCABULARY[(i * 2654435761) % 1000] for i in range(1_000_000)]


def bench():
    counts = {}
    for w in WORDS:
        counts[w] = counts.get(w, 0) + 1
    return len(counts), max(counts.values())


if __name__ == "__main__":
    print(bench())
