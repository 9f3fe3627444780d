print("bad_circ_b: start")
from bad_circ_a import x
y = 2
