assert True
assert 1 == 1, "not shown"
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], ["message", "is", "a", "list"]
except AssertionError as e:
    print(e.args[0])
count = 0
def side():
    global count
    count += 1
    return "msg"
assert True, side()
print("message evaluated", count, "times")
try:
    x = 5
    assert x % 2 == 0, f"x={x} is odd"
except AssertionError as e:
    print(e)
