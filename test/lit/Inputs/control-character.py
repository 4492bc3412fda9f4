from dsl import *


def solve_ok(I):
    O = vmirror(I)
    return O


def solve_control(I):
    O = vmirror(I)
    return O
