TEXT = ("Isola is a Python runtime under construction. It aims to run the language core "
        "faithfully, matching CPython output byte for byte, including tracebacks, "
        "reprs of floats, and the ordering of dictionaries. Extraordinarilylongwordsmustbehandled too.")
def wrap(text, width):
    lines = []
    line = []
    length = 0
    for word in text.split():
        while len(word) > width:
            if line:
                lines.append(" ".join(line))
                line, length = [], 0
            lines.append(word[:width])
            word = word[width:]
        extra = len(word) + (1 if line else 0)
        if length + extra > width:
            lines.append(" ".join(line))
            line, length = [word], len(word)
        else:
            line.append(word)
            length += extra
    if line:
        lines.append(" ".join(line))
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum([len(w) for w in words])
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]
for width in (30, 45):
    print(f"--- width {width} ---")
    lines = wrap(TEXT, width)
    for l in lines[:-1]:
        print("|" + justify(l, width) + "|")
    print("|" + lines[-1].ljust(width) + "|")
    print("|" + lines[0].center(width, ".") + "|")
print(wrap("", 10), wrap("a b c", 1), wrap("abcdefghij", 4))
