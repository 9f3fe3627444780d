loads = globals().get("loads", 0) + 1
print("reloadme: load number", loads)
