def override_return():
    try:
        return "try"
    finally:
        return "finally"
print(override_return())
def swallow_exception():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow_exception())
def finally_sees_value():
    x = "initial"
    try:
        x = "in try"
        return x
    finally:
        x = "changed in finally"
        print("finally saw", x)
print(finally_sees_value())
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke out, exception discarded", i
print(break_in_finally())
def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            seen.append(i)
        finally:
            continue
    return seen
print(continue_in_finally())
def nested():
    try:
        try:
            return 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
