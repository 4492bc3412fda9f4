# RUN: %battc inspect --emit=ir %s 2>&1 | FileCheck %s
# None is a literal, a constant like True or 1: as an argument, a tuple element, a variable's
# value, or compared with equality().
# CHECK-NOT: {{error|warning}}
from dsl import *
from constants import *


def solve_argument(I):
    O = vmirror(None)
    return O

# CHECK-LABEL: solver solve_argument(I)
# CHECK-NEXT:    %0 = vmirror(None)  ; O (line 10)
# CHECK-NEXT:    return %0


def solve_compare(I):
    x1 = None
    x2 = equality(I, None)
    x3 = (x1, None)
    x4 = (x2, None)
    O = astuple(x3, x4)
    return O

# The variable is the constant: x3 is the constant (None, None), x4 is built at run time.
# CHECK-LABEL: solver solve_compare(I)
# CHECK-NEXT:    %0 = equality(I, None)  ; x2 (line 20)
# CHECK-NEXT:    %1 = (%0, None)  ; x4 (line 22)
# CHECK-NEXT:    %2 = astuple((None, None), %1)  ; O (line 23)
# CHECK-NEXT:    return %2


def solve_return(I):
    return None

# CHECK-LABEL: solver solve_return(I)
# CHECK-NEXT:    return None
# CHECK-NEXT:  3 solvers, 3 unique, 0 duplicate groups,
