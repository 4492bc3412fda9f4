# RUN: %battc inspect --emit=ir %s 2>&1 | FileCheck %s
# Logical lines as in Python: calls split over lines, backslash continuation, ';' between
# statements, trailing commas and a body on the line of the 'def'.
from dsl import *
from constants import *


def solve_split(I):
    x1 = objects(
        I,      # grid
        T, F,   # univalued, diagonal
        T,      # without background
    )
    x2 = \
        first(x1)
    x3 = vmirror(I); x4 = hmirror(x3);
    O = paint(x4, x2)
    return O


def solve_one_line(I): return vmirror(I)


def solve_one_line_two(I): O = vmirror(I); return O

# CHECK-NOT: error
# CHECK-LABEL: solver solve_split(I)
# CHECK-NEXT:    %0 = vmirror(I)
# CHECK-NEXT:    %1 = hmirror(%0)
# CHECK-NEXT:    %2 = objects(I, True, False, True)
# CHECK-NEXT:    %3 = first(%2)
# CHECK-NEXT:    %4 = paint(%1, %3)
# CHECK-NEXT:    return %4
# CHECK-LABEL: solver solve_one_line(I)
# CHECK-NEXT:    %0 = vmirror(I)
# CHECK-LABEL: solver solve_one_line_two(I)
# CHECK-NEXT:    %0 = vmirror(I)
# CHECK: 3 solvers, 2 unique, 1 duplicate groups, 5 call nodes
