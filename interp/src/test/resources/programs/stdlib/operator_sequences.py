import operator


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne("a", "a"),
      operator.ge(3, 4), operator.gt([2], [1, 5]))
attempt("lt mixed", operator.lt, 1, "a")
attempt("eq mixed", operator.eq, 1, "a")
attempt("gt tuples", operator.gt, (1, 2), (1,))
attempt("le sets", operator.le, {1}, {1, 2})
print(operator.__lt__ is operator.lt, operator.__eq__.__name__)
x = [1]
print(operator.is_(x, x), operator.is_(x, [1]), operator.is_not(x, [1]), operator.is_not(None, None))

attempt("concat", operator.concat, [1], [2])
attempt("concat str", operator.concat, "a", "b")
attempt("concat tuple", operator.concat, (1,), (2, 3))
attempt("concat bytes", operator.concat, b"a", b"b")
attempt("concat int", operator.concat, 1, 2)
attempt("concat dict", operator.concat, {}, {})
attempt("concat mixed", operator.concat, [1], (2,))
attempt("contains", operator.contains, [1, 2], 2)
attempt("contains str", operator.contains, "abc", "bc")
attempt("contains dict", operator.contains, {1: 2}, 2)
attempt("contains iter", operator.contains, iter([1, 2, 3]), 3)
attempt("contains int", operator.contains, 5, 1)
attempt("countOf", operator.countOf, [1, 2, 1, 1.0, True], 1)
attempt("countOf str", operator.countOf, "banana", "a")
attempt("countOf int", operator.countOf, 1, 2)
nan = float("nan")
attempt("countOf nan", operator.countOf, [nan, nan, 1], nan)
attempt("indexOf", operator.indexOf, [3, 4, 5], 5)
attempt("indexOf gen", operator.indexOf, (i * i for i in range(10)), 49)
attempt("indexOf missing", operator.indexOf, [3, 4], 9)
attempt("indexOf int", operator.indexOf, 3, 4)

d = {}
print(operator.setitem(d, "k", 1), d)
print(operator.getitem(d, "k"), operator.getitem([5, 6, 7], -1), operator.getitem("abcd", slice(1, 3)))
print(operator.delitem(d, "k"), d)
attempt("getitem missing", operator.getitem, d, "zz")
attempt("getitem int", operator.getitem, 1, 2)
attempt("getitem range", operator.getitem, [1], 5)
attempt("getitem type", operator.getitem, [1], "a")
attempt("setitem int", operator.setitem, 1, 2, 3)
attempt("setitem tuple", operator.setitem, (1,), 0, 3)
attempt("setitem two", operator.setitem, [1], 0)
attempt("delitem int", operator.delitem, 1, 2)
attempt("delitem tuple", operator.delitem, (1,), 0)
attempt("delitem tuple str", operator.delitem, (1,), "a")
attempt("delitem str", operator.delitem, "abc", 0)
lst = [1, 2, 3, 4]
operator.delitem(lst, slice(1, 3))
operator.setitem(lst, slice(0, 1), "xy")
print(lst)

print(operator.length_hint([1, 2, 3]), operator.length_hint(iter("abcd")), operator.length_hint(5),
      operator.length_hint(5, 9), operator.length_hint(iter(range(10)), 2))
it = iter([1, 2, 3])
next(it)
print(operator.length_hint(it), operator.length_hint((x for x in "ab"), -1))
attempt("length_hint default", operator.length_hint, 5, "a")
attempt("length_hint big", operator.length_hint, 5, 2 ** 70)
attempt("length_hint none", operator.length_hint)
attempt("length_hint three", operator.length_hint, 1, 2, 3)
try:
    operator.length_hint([1], default=3)
except TypeError as e:
    print("kw", e)

print(operator.call(max, 1, 5, 2), operator.call(sorted, [3, 1, 2], reverse=True))
print(operator.__call__ is operator.call)
attempt("call none", operator.call)
attempt("call int", operator.call, 1)
print(operator.__contains__ is operator.contains, operator.__concat__ is operator.concat,
      operator.__getitem__ is operator.getitem, operator.__setitem__ is operator.setitem,
      operator.__delitem__ is operator.delitem)
print(hasattr(operator, "__countOf__"), hasattr(operator, "__length_hint__"))
