tests = ["abc", "ABC", "abc123", "123", "", " ", "\t\n", "½", "²", "٣", "Abc Def", "hello_world", "_x1", "1x", "ñ", "a b"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(),
          t.isspace(), t.isidentifier(), t.isprintable(), t.isascii())
print("\x00".isprintable(), "é".isascii())
