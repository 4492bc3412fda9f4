from dsl import *


def solve_good(I):
    O = hmirror(I)
    return O


def solve_same(G):
    return vmirror(G)
