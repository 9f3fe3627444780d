for s in ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\t", "nl\n",
          "\x00\x1f\x7f", "é", "中文", "\u200b", "😀", "\ud83d" if False else "ok", "'", '"', ""]:
    print(repr(s), len(repr(s)))
print(repr(["a'b", 'c"d']))
print(str(["x"]), str(("y",)), str({"k": "v"}))
print(ascii("naïve ☃"), ascii(["é"]))
