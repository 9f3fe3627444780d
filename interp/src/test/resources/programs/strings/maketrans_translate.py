# str.maketrans builds the tables str.translate reads; it is a static method,
# reachable from the type and from any str.
rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
print(sorted(rot13.items())[:3], len(rot13))
print("hello world".translate(rot13), "hello".translate(rot13).translate(rot13))
print(str.maketrans("ab", "cd", "ef"), "q".maketrans("a", "b"), str.maketrans({}))
print(str.maketrans({"a": "xyz", 98: None, "c": 5}))
print("abcabc".translate(str.maketrans({"a": "<A>", "b": None})))
print("vowels removed".translate(str.maketrans("", "", "aeiou")))
print(str.maketrans({"a": 1, 97: 2}), str.maketrans({97: 2, "a": 1}))


class D(dict):
    pass


for args, kwargs in [((D(x="y"),), {}), ((), {}), ((1,), {}), (({"ab": 1},), {}), (({1.5: 1},), {}), (("ab", "c"), {}),
                     ((1, "c"), {}), (("a", 2), {}), (("a", "b", 3), {}), (("a", "b", "c", 4), {}),
                     ((), {"x": "a"}), (({"a": 1}, "b"), {}), (("a", None), {})]:
    try:
        print(str.maketrans(*args, **kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
