import sys as _sys
alpha = 1
beta = [2]
_gamma = 3
__dunder = 4


def func():
    return "func"
