def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([(n, is_even(n), is_odd(n)) for n in range(6)])
def expr(tokens, pos):
    value, pos = term(tokens, pos)
    while pos < len(tokens) and tokens[pos] in "+-":
        op = tokens[pos]
        rhs, pos = term(tokens, pos + 1)
        value = value + rhs if op == "+" else value - rhs
    return value, pos
def term(tokens, pos):
    value, pos = factor(tokens, pos)
    while pos < len(tokens) and tokens[pos] in "*/":
        op = tokens[pos]
        rhs, pos = factor(tokens, pos + 1)
        value = value * rhs if op == "*" else value // rhs
    return value, pos
def factor(tokens, pos):
    if tokens[pos] == "(":
        value, pos = expr(tokens, pos + 1)
        return value, pos + 1
    return int(tokens[pos]), pos + 1
for src in ["1+2*3", "(1+2)*3", "8/(3-1)-1", "2*(3+(4-1))*2"]:
    print(src, expr(list(src), 0)[0])
