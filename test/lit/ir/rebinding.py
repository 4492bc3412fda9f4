# RUN: %battc inspect --emit=ir %s 2>&1 | FileCheck %s
# Assigning a variable again, or assigning to a parameter, rebinds the name as in CPython (no
# diagnostic): each use reads the binding in force where it is, and each assignment is a line of
# its own, in order.
# CHECK-NOT: {{error|warning}}
from dsl import *


def solve_variable(I):
    x1 = vmirror(I)
    x1 = hmirror(x1)
    O = rot90(x1)
    return O

# CHECK-LABEL: solver solve_variable(I)
# CHECK-NEXT:    %0 = vmirror(I)  ; x1 (line 10)
# CHECK-NEXT:    %1 = hmirror(%0)  ; x1 (line 11)
# CHECK-NEXT:    %2 = rot90(%1)  ; O (line 12)
# CHECK-NEXT:    return %2
# No 'lines': each line is the first argument of the next, so the walk of O runs them in order.


def solve_parameter(I):
    x1 = vmirror(I)
    I = hmirror(I)
    O = hconcat(x1, I)
    return O

# x1 uses the input; the hconcat uses the rebound I.
# CHECK-LABEL: solver solve_parameter(I)
# CHECK-NEXT:    %0 = vmirror(I)  ; x1 (line 24)
# CHECK-NEXT:    %1 = hmirror(I)  ; I (line 25)
# CHECK-NEXT:    %2 = hconcat(%0, %1)  ; O (line 26)
# CHECK-NEXT:    lines %0  ; run in this order, the first error wins
# CHECK-NEXT:    return %2


def solve_unused_rebinding(I):
    O = vmirror(I)
    O = hmirror(I)
    return O

# The first binding is never read, but its line still runs first.
# CHECK-LABEL: solver solve_unused_rebinding(I)
# CHECK-NEXT:    %0 = vmirror(I)  ; O (line 39)
# CHECK-NEXT:    %1 = hmirror(I)  ; O (line 40)
# CHECK-NEXT:    lines %0  ; run in this order, the first error wins
# CHECK-NEXT:    return %1
# CHECK-NEXT:  3 solvers, 3 unique, 0 duplicate groups,
