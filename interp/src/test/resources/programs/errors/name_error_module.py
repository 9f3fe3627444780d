print("before")
value = undefined_name
print("after")
