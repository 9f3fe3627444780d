print(format("abc"), format("abc", ""), format("abc", "10") + "|", format("abc", ">10"))
print(format("abc", "^9") + "|", format("abc", "-<7") + "|", format("abcdef", ".3"), format("abcdef", "8.2") + "|")
print(format(None), format(True), format([1, 2], ""), format((1,)))
try:
    format("abc", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format("abc", "=5")
except ValueError as e:
    print("ValueError:", e)
try:
    format([1], "5")
except TypeError as e:
    print("TypeError:", e)
print(format(3, "*^9"), format(-3.5, "010.2f"), format(1e3, "010.1e"))
