s = "abc"
t = s
s += "d"
print(s, t, s is t)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
u = s.upper()
print(s, u)
chars = list(s)
chars[0] = "z"
print("".join(chars), s)
try:
    s.append("x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "abc" < 5
except TypeError as e:
    print("TypeError:", e)
