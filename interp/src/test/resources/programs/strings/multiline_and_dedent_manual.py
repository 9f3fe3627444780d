text = """
    first line
      indented more
    last line
"""
lines = text.split("\n")
print(lines)
nonblank = [l for l in lines if l.strip()]
indent = min([len(l) - len(l.lstrip()) for l in nonblank])
for l in nonblank:
    print("|" + l[indent:] + "|")
paragraph = "The quick brown fox jumps over the lazy dog " * 3
width = 20
line = ""
for word in paragraph.split():
    if len(line) + len(word) + (1 if line else 0) > width:
        print(line)
        line = word
    else:
        line = line + " " + word if line else word
print(line)
