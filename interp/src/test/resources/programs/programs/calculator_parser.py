def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch in "+-*/%^()":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens
def parse(tokens):
    pos = 0
    def peek():
        return tokens[pos]
    def advance():
        nonlocal pos
        tok = tokens[pos]
        pos += 1
        return tok
    def expr():
        value = term()
        while peek() in (("op", "+"), ("op", "-")):
            op = advance()[1]
            rhs = term()
            value = value + rhs if op == "+" else value - rhs
        return value
    def term():
        value = factor()
        while peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = advance()[1]
            rhs = factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value
    def factor():
        base = unary()
        if peek() == ("op", "^"):
            advance()
            return base ** factor()
        return base
    def unary():
        if peek() == ("op", "-"):
            advance()
            return -unary()
        if peek() == ("op", "("):
            advance()
            value = expr()
            if advance() != ("op", ")"):
                raise SyntaxError("expected ')'")
            return value
        kind, value = advance()
        if kind != "num":
            raise SyntaxError(f"unexpected token {value!r}")
        return value
    result = expr()
    if peek()[0] != "end":
        raise SyntaxError(f"trailing input {peek()[1]!r}")
    return result
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "17 % 5 + 0.5",
            "((((7))))", "2 * (3 + 4) * -1", "1 +", "3 $ 4", "(1 + 2", "1 / 0", "4 4"]:
    try:
        print(f"{src!r:>20} = {parse(tokenize(src))}")
    except SyntaxError as e:
        print(f"{src!r:>20} : SyntaxError: {e}")
    except ZeroDivisionError as e:
        print(f"{src!r:>20} : ZeroDivisionError: {e}")
