"""A module that does not compile."""


def broken(:
    pass
