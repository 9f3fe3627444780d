print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[1]} {1[key]} {0[0]}".format([10, 20], {"key": "v"}))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:+d} {:x} {:#o}".format(3.14159, 7, 255, 8))
print("{!r} {!s} {!a}".format("q", "q", "ü"))
print("{{}} {{{}}}".format(5))
print("{0:{1}}|".format("w", 6), "{:{fill}{align}{width}}".format("x", fill="*", align="^", width=7))
print("{:,} {:_} {:.1%}".format(1234567, 7654321, 0.256))
print("{0.real} {0.imag}".format(5))
for bad in ("{", "{0} {}", "{5}", "{x}"):
    try:
        print(bad.format(1))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print(format("abc", ">5"), format(3.0), format([1, 2]))

# str.format calls the value's own __format__, as format() and f-strings do.
class Spec:
    def __format__(self, spec):
        return "Spec<" + spec + ">"

print("{0:>5}|{0:abc}|{x:}|{x}|{1:{2}}".format(Spec(), Spec(), "z", x=Spec()))
