words = ["alpha", "beta"]
try:
    words.apend("gamma")
except AttributeError as e:
    print(type(e).__name__, e.name, e.obj)
text = "hello"
print(text.upper())
text.uper()
