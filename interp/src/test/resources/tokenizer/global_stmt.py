global a, b
assert a, 'msg'
import os.path as p
from . import (x,
    y)
