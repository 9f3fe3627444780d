print("bad_circ_a: start")
from bad_circ_b import y
x = 1
