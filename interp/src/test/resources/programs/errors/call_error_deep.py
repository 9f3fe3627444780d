def level_one(x):
    return level_two(x) + 1
def level_two(x):
    return level_three(x) * 2
def level_three(x):
    return level_four(x)
def level_four(x):
    return x["key"]
print(level_one({"key": 1}))
print(level_one([1]))
