def greet(name):
    message = "Hello, " + name
    return mesage
print("start")
greet("world")
