s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("x", "y"))
print("aaa".replace("a", "bb"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("hello".replace("l", ""), "".replace("", "x"))
print("banana".replace("ana", "ANA"))
out = []
for ch in "Hello, World!":
    if ch.isalpha():
        out.append(chr((ord(ch.lower()) - 97 + 13) % 26 + 97))
    else:
        out.append(ch)
print("".join(out))
