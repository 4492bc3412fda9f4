from dsl import *


def solve_latin1(I):
    # café
    O = vmirror(I)
    return O
