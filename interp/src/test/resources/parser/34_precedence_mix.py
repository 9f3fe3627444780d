a or b and not c == d | e ^ f & g << h + i * -j ** k
x if a or b else lambda: y
not a < b
a < b | c
- a . b
a ** b . c
await_ = 1
