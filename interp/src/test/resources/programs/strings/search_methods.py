s = "the cat sat on the mat with the hat"
print(s.find("the"), s.find("the", 1), s.find("dog"), s.rfind("the"), s.rfind("the", 0, 20))
print(s.index("cat"), s.rindex("at"), s.count("the"), s.count("at"), s.count(""))
print(s.count("the", 5, 30), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("hat"), s.endswith("at", 0, 7))
print(s.startswith("cat", 4), "".startswith(""), "abc".endswith(""))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("dog")
except ValueError as e:
    print("ValueError:", e)
print("abc".find(""), "abc".rfind(""), "abc".find("c", -1), "abc".find("a", -10, -2))
