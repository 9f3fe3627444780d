def dot(a, b):
    return a.x * b.x + a.y * b.y
