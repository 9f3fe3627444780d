print("circ_a: start")
import circ_b

NAME = "circ_a"


def from_b():
    return circ_b.NAME + " seen from " + NAME

print("circ_a: end, circ_b.NAME =", circ_b.NAME)
