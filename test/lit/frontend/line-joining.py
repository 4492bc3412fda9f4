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
# CHECK-NEXT:    %0 = objects(I, True, False, True)  ; x1 (line 9)
# CHECK-NEXT:    %1 = first(%0)  ; x2 (line 14)
# CHECK-NEXT:    %2 = vmirror(I)  ; x3 (line 16)
# CHECK-NEXT:    %3 = hmirror(%2)  ; x4 (line 16)
# CHECK-NEXT:    %4 = paint(%3, %1)  ; O (line 17)
# CHECK-NEXT:    lines %1  ; run in this order, the first error wins
# CHECK-NEXT:    return %4
# CHECK-LABEL: solver solve_one_line(I)
# CHECK-NEXT:    %0 = vmirror(I){{$}}
# CHECK-LABEL: solver solve_one_line_two(I)
# CHECK-NEXT:    %0 = vmirror(I)  ; O (line 24)
# CHECK: 3 solvers, 2 unique, 1 duplicate groups, 5 call nodes
