KEYWORDS = {"if", "else", "while", "def", "return", "print"}
def tokenize(src):
    tokens = []
    i, line = 0, 1
    while i < len(src):
        ch = src[i]
        if ch == "\n":
            line += 1
            i += 1
        elif ch in " \t":
            i += 1
        elif ch == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(("KEYWORD" if word in KEYWORDS else "NAME", word, line))
            i = j
        elif ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(("NUMBER", int(src[i:j]), line))
            i = j
        elif ch in "\"'":
            j = i + 1
            buf = []
            while j < len(src) and src[j] != ch:
                if src[j] == "\\" and j + 1 < len(src):
                    buf.append({"n": "\n", "t": "\t"}.get(src[j + 1], src[j + 1]))
                    j += 2
                else:
                    buf.append(src[j])
                    j += 1
            if j >= len(src):
                raise ValueError(f"unterminated string on line {line}")
            tokens.append(("STRING", "".join(buf), line))
            i = j + 1
        elif src[i:i + 2] in ("==", "!=", "<=", ">=", "->"):
            tokens.append(("OP", src[i:i + 2], line))
            i += 2
        elif ch in "+-*/=<>():,":
            tokens.append(("OP", ch, line))
            i += 1
        else:
            raise ValueError(f"bad character {ch!r} on line {line}")
    return tokens
source = '''def add(a, b):  # adds
    return a + b
if add(1, 22) >= 23:
    print("yes\\tok", 'it\\'s')
'''
for tok in tokenize(source):
    print(tok)
counts = {}
for kind, _, _ in tokenize(source):
    counts[kind] = counts.get(kind, 0) + 1
print(counts)
for bad in ['x = "open', "a = 1 @ 2"]:
    try:
        tokenize(bad)
    except ValueError as e:
        print("error:", e)
