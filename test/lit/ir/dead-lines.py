# RUN: %battc inspect --emit=ir %s | FileCheck %s
# As in CPython, every line runs, in program order, whether the result uses it or not: lines the
# result does not depend on are kept, listed in 'lines' (here the first would raise
# ZeroDivisionError, and that error is the solver's). So the two solvers differ. A line is left
# out of 'lines' only when the walk of the next line starts with it anyway: x2 (x3's first
# argument) here, and in solve_live x1 (O's), so that solve_live has no 'lines' at all.
from dsl import *


def solve_dead(I):
    x1 = divide(1, 0)
    x2 = vmirror(I)
    x3 = hmirror(x2)
    x4 = rot90(x1)
    O = rot180(x2)
    return O


def solve_live(I):
    x1 = vmirror(I)
    O = rot180(x1)
    return O

# CHECK-NOT: dropped
# CHECK:      solver solve_dead(I) hash [[H:[0-9a-f]+]]
# CHECK-NEXT:    %0 = divide(1, 0)  ; x1 (line 11)
# CHECK-NEXT:    %1 = vmirror(I)  ; x2 (line 12)
# CHECK-NEXT:    %2 = hmirror(%1)  ; x3 (line 13)
# CHECK-NEXT:    %3 = rot90(%0)  ; x4 (line 14)
# CHECK-NEXT:    %4 = rot180(%1)  ; O (line 15)
# CHECK-NEXT:    lines %0, %2, %3  ; run in this order, the first error wins
# CHECK-NEXT:    return %4
# CHECK-NOT:  [[H]]
# CHECK:      solver solve_live(I) hash
# CHECK-NEXT:    %0 = vmirror(I)  ; x1 (line 20)
# CHECK-NEXT:    %1 = rot180(%0)  ; O (line 21)
# CHECK-NEXT:    return %1
# CHECK-NEXT: 2 solvers, 2 unique, 0 duplicate groups, 5 call nodes
