def rle_encode(s):
    if not s:
        return ""
    out = []
    prev = s[0]
    count = 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)
def rle_decode(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
def look_and_say(s):
    return rle_encode(s)
tests = ["", "a", "aaabbbcccd", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "zzzzzzzzzzzz"]
for t in tests:
    e = rle_encode(t)
    print(repr(t[:20]), "->", e, rle_decode(e) == t, f"ratio={len(e) / len(t):.2f}" if t else "")
s = "1"
for i in range(10):
    print(i, s)
    s = look_and_say(s)
print(len(s))
def rle_bytes(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes([j - i, data[i]])
        i = j
    return bytes(out)
print(rle_bytes(b"\x00" * 300 + b"ab"))
