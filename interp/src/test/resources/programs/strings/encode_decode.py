s = "Grüße, 世界! 😀"
for enc in ("utf-8", "utf-16-le", "latin-1"):
    try:
        b = s.encode(enc)
        print(enc, len(b), b[:8])
    except UnicodeEncodeError as e:
        print(enc, "error:", e.reason, e.start, e.end)
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "backslashreplace"))
b = s.encode("utf-8")
print(b.decode("utf-8") == s, b.decode("latin-1")[:6])
print(b"\xff\xfeabc".decode("utf-8", "replace"), b"\xffab".decode("utf-8", "ignore"))
print(len("😀".encode("utf-16-le")), "😀".encode("utf-8"))
