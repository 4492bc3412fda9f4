# RUN: %battc inspect --emit=ir %s | FileCheck %s
# Tuple constants by value: RIGHT is (0, 1); NEG_ONE is -1; nested, one-element and empty
# tuples print as Python's repr.
from dsl import *
from constants import *


def solve_pair(I):
    O = shift(I, RIGHT)
    return O


def solve_literal_pair(I):
    O = shift(I, (ZERO, 1))
    return O


def solve_shapes(I):
    x1 = combine((1, (2, -3)), (NEG_ONE,))
    O = combine(x1, ())
    return O

# CHECK: solver solve_pair(I) hash [[H:[0-9a-f]+]]
# CHECK-NEXT:    %0 = shift(I, (0, 1))
# CHECK: solver solve_literal_pair(I) hash [[H]]
# CHECK-LABEL: solver solve_shapes(I)
# CHECK-NEXT:    %0 = combine((1, (2, -3)), (-1,))
# CHECK-NEXT:    %1 = combine(%0, ())
# CHECK: 3 solvers, 2 unique, 1 duplicate groups, 3 call nodes
