def solve(n):
    solutions = []
    cols = set()
    diag1 = set()
    diag2 = set()
    placement = []
    def place(row):
        if row == n:
            solutions.append(placement[:])
            return
        for col in range(n):
            if col in cols or row - col in diag1 or row + col in diag2:
                continue
            cols.add(col); diag1.add(row - col); diag2.add(row + col)
            placement.append(col)
            place(row + 1)
            placement.pop()
            cols.remove(col); diag1.remove(row - col); diag2.remove(row + col)
    place(0)
    return solutions
def render(sol):
    n = len(sol)
    return "\n".join(["".join(["Q" if sol[r] == c else "." for c in range(n)]) for r in range(n)])
for n in range(1, 9):
    sols = solve(n)
    print(n, len(sols))
first = solve(8)[0]
print(first)
print(render(first))
def is_valid(sol):
    n = len(sol)
    for i in range(n):
        for j in range(i + 1, n):
            if sol[i] == sol[j] or abs(sol[i] - sol[j]) == j - i:
                return False
    return True
print(all([is_valid(s) for s in solve(6)]), solve(6))
