print(ord("A"), ord("\n"), ord("€"), ord("\U0001F40D"), chr(65), chr(8364), repr(chr(10)))
print(hex(0), hex(255), hex(-1), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(hex(2 ** 70), oct(True), bin(False))
for f, arg in [(ord, "ab"), (ord, 5), (chr, "a"), (chr, 1.5), (hex, "1"), (oct, 1.0), (bin, None)]:
    try:
        print(f(arg))
    except (TypeError, ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
