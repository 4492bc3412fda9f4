from dsl import *


def solve_identity(I):
    O = identity(I)
    return O


def solve_zerodivision(I):
    x1 = height(I)
    O = divide(x1, ZERO)
    return O


def solve_nested(I):
    O = vmirror(rot90(I))
    return O


def solve_long(I):
    x1 = interval(ZERO, 1000000, ONE)
    O = combine(I, x1)
    return O
