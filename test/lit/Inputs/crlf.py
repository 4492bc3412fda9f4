from dsl import *

def solve_crlf(I):
    x1 = vmirror(I)
    O = frok(x1)
    return O

def solve_fine(I):
    O = hmirror(I)
    return O
