from dsl import *


def solve_identity(I):
    return I


def solve_vmirror(I):
    O = vmirror(I)
    return O
