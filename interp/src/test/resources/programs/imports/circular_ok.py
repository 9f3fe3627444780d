# A circular import that works: each module only uses the other at call time.
import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/lib")

import circ_a
print(circ_a.from_b())
import circ_b
print(circ_b.later())
print(sorted(m for m in sys.modules if m.startswith("circ")))
