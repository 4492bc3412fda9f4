# Tuple displays take any expressions, as in CPython. A tuple of constants is a constant; a tuple
# with a variable, a call, a parameter or a primitive among its elements is built at run time, a
# node of its own. (frontend/tuple-displays.py has more.)
from dsl import *
from constants import *


def solve_variable(I):
    x1 = size(I)
    O = shift(I, (x1, 0))
    return O

# No 'lines': the walk of O runs x1 first (I cannot raise; the tuple's first element is x1).


def solve_call(I):
    O = shift(I, (0, size(I)))
    return O



def solve_primitive(I):
    O = shift(I, ((0, 1), vmirror))
    return O



def solve_parameter(I):
    O = shift(I, (I,))
    return O



def solve_constants(I):
    # Named constants are constants: the tuple is one constant, not a node.
    O = shift(I, (ONE, NEG_TWO))
    return O

