def none_implicit():
    x = 1
def none_explicit():
    return
def multiple():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
def nested_return(flag):
    if flag:
        return "A"
    else:
        return "B"
    return "unreachable"
print(none_implicit(), none_explicit(), multiple(), type(multiple()).__name__)
a, b, c = multiple()
print(a, b, c)
print(early(20), early(0), nested_return(1), nested_return(0))
def ret_in_loop():
    while True:
        return "escaped"
print(ret_in_loop())
def ret_lambda():
    return lambda: "from lambda"
print(ret_lambda()())
