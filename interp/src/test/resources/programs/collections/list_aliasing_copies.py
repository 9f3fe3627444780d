a = [[1, 2], [3, 4]]
shallow = a[:]
alias = a
listcopy = list(a)
methcopy = a.copy()
a[0].append(99)
a.append([5])
print(a)
print(shallow, listcopy, methcopy)
print(alias is a, shallow is a, shallow[0] is a[0])
def deep(x):
    if isinstance(x, list):
        return [deep(i) for i in x]
    if isinstance(x, dict):
        return {k: deep(v) for k, v in x.items()}
    return x
d = deep(a)
a[0].append(100)
print(a[0], d[0])
row = [0] * 3
board = [row] * 3
board[1][1] = "X"
print(board)
