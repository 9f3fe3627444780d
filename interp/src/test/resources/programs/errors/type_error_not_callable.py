handlers = {"a": print, "b": "not a function"}
for name in "ab":
    handlers[name]("called", name)
