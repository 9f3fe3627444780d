[x for x in y]
[x for x in y if x if z]
[x * y for x in a for y in b if x]
{x for x in y}
{k: v for k, v in d.items()}
(x for x in y)
[(a, b) for a, b in c]
[y for x in z for y in x]
[[j for j in i] for i in k]
[x for x, in y]
