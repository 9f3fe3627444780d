grid = {(0, 0): "origin"}
def lookup(r, c):
    return grid[r, c]
print(lookup(0, 0))
print(lookup(1, 2))
