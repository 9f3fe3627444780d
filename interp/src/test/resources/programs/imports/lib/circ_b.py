print("circ_b: start")
import circ_a
print("circ_b: circ_a partially initialised, has NAME:", hasattr(circ_a, "NAME"))
try:
    circ_a.NAME
except AttributeError as e:
    print("circ_b:", e)

NAME = "circ_b"


def later():
    return circ_a.NAME
