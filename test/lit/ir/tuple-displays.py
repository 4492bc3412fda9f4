# RUN: %battc inspect --emit=ir %s 2>&1 | FileCheck %s
# Tuple displays of any expressions, as in CPython: a tuple with a non-constant element is built
# at run time, a node of its own printed as the tuple of its operands; constant elements stay
# constants inside it, and a nested display is a node of its own. 'x = a, b' (no parentheses) is
# the same tuple as 'x = (a, b)'.
# CHECK-NOT: {{error|warning}}
from dsl import *
from constants import *


def solve_pairs(I):
    x1 = size(I)
    x2 = height(I)
    x3 = (x1, x2)
    x4 = (x1, 0)
    x5 = (vmirror(I), (x2, ONE))
    O = astuple(x3, x4)
    return O

# CHECK-LABEL: solver solve_pairs(I)
# CHECK-NEXT:    %0 = size(I)  ; x1 (line 12)
# CHECK-NEXT:    %1 = height(I)  ; x2 (line 13)
# CHECK-NEXT:    %2 = (%0, %1)  ; x3 (line 14)
# CHECK-NEXT:    %3 = (%0, 0)  ; x4 (line 15)
# CHECK-NEXT:    %4 = vmirror(I){{$}}
# CHECK-NEXT:    %5 = (%1, 1){{$}}
# CHECK-NEXT:    %6 = (%4, %5)  ; x5 (line 16)
# CHECK-NEXT:    %7 = astuple(%2, %3)  ; O (line 17)
# CHECK-NEXT:    lines %0, %2, %3, %6  ; run in this order, the first error wins
# CHECK-NEXT:    return %7


def solve_unparenthesized(I):
    x1 = size(I)
    x2 = height(I)
    O = x1, x2
    return O

# CHECK-LABEL: solver solve_unparenthesized(I)
# CHECK-NEXT:    %0 = size(I)  ; x1 (line 34)
# CHECK-NEXT:    %1 = height(I)  ; x2 (line 35)
# CHECK-NEXT:    %2 = (%0, %1)  ; O (line 36)
# CHECK-NEXT:    lines %0  ; run in this order, the first error wins
# CHECK-NEXT:    return %2


def solve_parenthesized(I):
    x1 = size(I)
    x2 = height(I)
    O = (x1, x2)
    return O

# Same body as solve_unparenthesized.
# CHECK-LABEL: solver solve_parenthesized(I)
# CHECK-NEXT:    %0 = size(I)  ; x1 (line 48)
# CHECK-NEXT:    %1 = height(I)  ; x2 (line 49)
# CHECK-NEXT:    %2 = (%0, %1)  ; O (line 50)


def solve_constant(I):
    O = shift(I, (ONE, (2, NEG_ONE)))
    return O

# A display of constants is one constant, not a node.
# CHECK-LABEL: solver solve_constant(I)
# CHECK-NEXT:    %0 = shift(I, (1, (2, -1)))  ; O (line 61)
# CHECK-NEXT:    return %0
# CHECK-NEXT:  4 solvers, 3 unique, 1 duplicate groups,
