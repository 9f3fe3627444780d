text = "abracadabra"
for sub in ["a", "ab", "abra", "cad", "z", "", "bra"]:
    print(repr(sub), sub in text, text.count(sub), text.find(sub), text.rfind(sub))
print(text.count("a", 3), text.count("a", 3, 8), text.count("a", -4))
print("aaaaa".count("aa"), "aaaaa".find("aa", 2), "aaaaa".replace("aa", "b"))
