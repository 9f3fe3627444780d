"""Keywords (from "Grammar/python.gram")

This module is part of Isola's standard library, written for Isola after the
interface of CPython 3.11's module of the same name.

    iskeyword(s)     -- true if s is a keyword of Python
    issoftkeyword(s) -- true if s is a soft keyword of Python
    kwlist           -- the keywords, sorted
    softkwlist       -- the soft keywords, sorted
"""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False', 'None', 'True',
    'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del',
    'elif', 'else', 'except', 'finally', 'for', 'from',
    'global', 'if', 'import', 'in', 'is', 'lambda',
    'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
    'try', 'while', 'with', 'yield',
]

softkwlist = ['_', 'case', 'match']

iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__
