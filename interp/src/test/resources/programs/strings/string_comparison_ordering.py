words = ["banana", "Apple", "cherry", "apple", "Banana", "_x", "10", "9", "", "é"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
print("abc" < "abd", "abc" < "ab", "a" < "B", "Z" < "a", "" < "a")
print(max(words), min(words), max(words, key=len))
print("apple" == "apple", "apple" == "Apple".lower())
print(ord("a"), ord("A"), ord("é"), chr(97), chr(0x263A), chr(128512))
