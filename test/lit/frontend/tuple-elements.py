# RUN: %battc inspect --emit=ir %s 2>&1 | FileCheck %s
# Tuple displays take any expressions, as in CPython. A tuple of constants is a constant; a tuple
# with a variable, a call, a parameter or a primitive among its elements is built at run time, a
# node of its own. (frontend/tuple-displays.py has more.)
# CHECK-NOT: {{error|warning}}
from dsl import *
from constants import *


def solve_variable(I):
    x1 = size(I)
    O = shift(I, (x1, 0))
    return O

# CHECK-LABEL: solver solve_variable(I)
# CHECK-NEXT:    %0 = size(I)  ; x1 (line 11)
# CHECK-NEXT:    %1 = (%0, 0)
# CHECK-NEXT:    %2 = shift(I, %1)  ; O (line 12)
# CHECK-NEXT:    return %2
# No 'lines': the walk of O runs x1 first (I cannot raise; the tuple's first element is x1).


def solve_call(I):
    O = shift(I, (0, size(I)))
    return O

# CHECK-LABEL: solver solve_call(I)
# CHECK-NEXT:    %0 = size(I){{$}}
# CHECK-NEXT:    %1 = (0, %0){{$}}
# CHECK-NEXT:    %2 = shift(I, %1)  ; O (line 24)
# CHECK-NEXT:    return %2


def solve_primitive(I):
    O = shift(I, ((0, 1), vmirror))
    return O

# CHECK-LABEL: solver solve_primitive(I)
# CHECK-NEXT:    %0 = ((0, 1), vmirror){{$}}
# CHECK-NEXT:    %1 = shift(I, %0)  ; O (line 35)
# CHECK-NEXT:    return %1


def solve_parameter(I):
    O = shift(I, (I,))
    return O

# CHECK-LABEL: solver solve_parameter(I)
# CHECK-NEXT:    %0 = (I,){{$}}
# CHECK-NEXT:    %1 = shift(I, %0)  ; O (line 45)
# CHECK-NEXT:    return %1


def solve_constants(I):
    # Named constants are constants: the tuple is one constant, not a node.
    O = shift(I, (ONE, NEG_TWO))
    return O

# CHECK-LABEL: solver solve_constants(I)
# CHECK-NEXT:    %0 = shift(I, (1, -2))  ; O (line 56)
# CHECK-NEXT:    return %0
# CHECK-NEXT:  5 solvers, 5 unique, 0 duplicate groups, 10 call nodes, {{.*}}{{$}}
