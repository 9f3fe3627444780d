import a
import a.b.c
import a as b
import a.b as c, d
from a import b
from a.b import c as d, e
from . import x
from .. import y
from ...pkg import z
from .mod import (a, b as c,)
from m import *
from .... import w
