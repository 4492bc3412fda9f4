from dsl import *


def solve_bad(I):
    O = apply(len, I)
    return O


def solve_good(I):
    O = vmirror(I)
    return O
