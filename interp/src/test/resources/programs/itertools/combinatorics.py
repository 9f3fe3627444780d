from itertools import product, permutations, combinations, combinations_with_replacement


def attempt(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(list(product("ab", range(3))))
print(list(product("ab", repeat=2)), list(product(repeat=3)), list(product()), list(product([], [1])))
print(list(product("a", "b", "c")), list(product([1, 2], repeat=0)), len(list(product(range(3), repeat=4))))
p = product(iter([1, 2]), iter("xy"))
print(next(p), list(p), list(p))
attempt("product(1)", product, 1)
attempt("product repeat -1", product, [], repeat=-1)
attempt("product x=", product, [], x=1)
attempt("product repeat 'a'", product, [], repeat="a")

print(list(permutations("abc")))
print(list(permutations(range(3), 2)), list(permutations([], 0)), list(permutations([1], 2)), list(permutations("ab", 0)))
print(len(list(permutations(range(5)))), list(permutations("abcd", 3))[:8], list(permutations([]))) 
print(list(permutations("ab", None)), list(permutations(iterable="xy", r=1)))
attempt("permutations()", permutations)
attempt("permutations(1)", permutations, 1)
attempt("permutations r=-1", permutations, [], -1)
attempt("permutations r='a'", permutations, [], "a")
attempt("permutations 3", permutations, [], 1, 2)

print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)))
print(list(combinations("abc", 0)), list(combinations("abc", 4)), list(combinations([], 0)), list(combinations("abc", 3)))
print(len(list(combinations(range(10), 5))))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement([], 2)))
print(list(combinations_with_replacement([], 0)), list(combinations_with_replacement("ab", 3)), list(combinations_with_replacement("x", 0)))
attempt("combinations([])", combinations, [])
attempt("combinations r=-1", combinations, [], -1)
attempt("combinations(1,2)", combinations, 1, 2)
attempt("combinations r='a'", combinations, [], "a")
attempt("combinations()", combinations)
attempt("cwr([])", combinations_with_replacement, [])
attempt("cwr r=-1", combinations_with_replacement, [], -1)
print(type(product()), type(permutations("")), type(combinations("", 0)), type(combinations_with_replacement("", 0)))


# The pool is read eagerly, once.
def gen():
    for x in "abc":
        print("  pull", x)
        yield x


c = combinations(gen(), 2)
print("made")
print(list(c))
