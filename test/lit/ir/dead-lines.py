# RUN: %battc inspect --emit=ir %s | FileCheck %s
# Lines the result does not depend on are dropped: batt evaluates on demand, so they are never
# evaluated (here one would raise ZeroDivisionError in CPython, which runs every line; see
# docs/language.md). Dropping them happens before hashing: these two solvers are duplicates.
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

# CHECK: solver solve_dead(I) hash [[H:[0-9a-f]+]]
# CHECK-NEXT:    ; dropped line 9: x1 is never used
# CHECK-NEXT:    ; dropped line 11: x3 is never used
# CHECK-NEXT:    ; dropped line 12: x4 is never used
# CHECK-NEXT:    %0 = vmirror(I)
# CHECK-NEXT:    %1 = rot180(%0)
# CHECK-NEXT:    return %1
# CHECK: solver solve_live(I) hash [[H]]
# CHECK: 2 solvers, 1 unique, 1 duplicate groups, 2 call nodes
