# RUN: %battc inspect --emit=ir %s 2>&1 | FileCheck %s
# Which lines a body lists in 'lines'. Every line runs, in program order, and the first error is
# the solver's: the outcome is that of the first node that fails in a post-order walk of the
# body (operands in order, each node once). A line is listed only if the walk of the next line
# walked would not run it first anyway: a line is left out when that walk enters it before any
# other node not yet run that can raise (constants, primitives and the input cannot), or when an
# earlier listed line already ran it. With no line listed, the body is the result itself.
# CHECK-NOT: {{error|warning}}
from dsl import *


def solve_chain(I):
    x1 = vmirror(I)
    x2 = hmirror(x1)
    O = rot90(x2)
    return O

# Each line is the first argument of the next: O's walk runs x1, x2, O in order. No 'lines'.
# CHECK-LABEL: solver solve_chain(I)
# CHECK-NEXT:    %0 = vmirror(I)  ; x1 (line 13)
# CHECK-NEXT:    %1 = hmirror(%0)  ; x2 (line 14)
# CHECK-NEXT:    %2 = rot90(%1)  ; O (line 15)
# CHECK-NEXT:    return %2


def solve_both(I):
    x1 = vmirror(I)
    x2 = hmirror(I)
    O = hconcat(x1, x2)
    return O

# x2's walk does not run x1: x1 is listed. O's walk runs x2 first (x1 has run): x2 is not.
# CHECK-LABEL: solver solve_both(I)
# CHECK-NEXT:    %0 = vmirror(I)  ; x1 (line 27)
# CHECK-NEXT:    %1 = hmirror(I)  ; x2 (line 28)
# CHECK-NEXT:    %2 = hconcat(%0, %1)  ; O (line 29)
# CHECK-NEXT:    lines %0  ; run in this order, the first error wins
# CHECK-NEXT:    return %2


def solve_unused(I):
    x1 = vmirror(I)
    x2 = dmirror(I)
    x3 = hmirror(x1)
    O = rot90(x3)
    return O

# The unused x2 runs in its place: listed, and so is x1 before it. x3 is O's first argument.
# CHECK-LABEL: solver solve_unused(I)
# CHECK-NEXT:    %0 = vmirror(I)  ; x1 (line 42)
# CHECK-NEXT:    %1 = dmirror(I)  ; x2 (line 43)
# CHECK-NEXT:    %2 = hmirror(%0)  ; x3 (line 44)
# CHECK-NEXT:    %3 = rot90(%2)  ; O (line 45)
# CHECK-NEXT:    lines %0, %1  ; run in this order, the first error wins
# CHECK-NEXT:    return %3


def solve_unused_user(I):
    x1 = vmirror(I)
    x2 = dmirror(x1)
    x3 = hmirror(x1)
    O = rot90(x3)
    return O

# The unused x2 is listed; x1, its first argument, runs first in x2's walk: not listed.
# CHECK-LABEL: solver solve_unused_user(I)
# CHECK-NEXT:    %0 = vmirror(I)  ; x1 (line 59)
# CHECK-NEXT:    %1 = dmirror(%0)  ; x2 (line 60)
# CHECK-NEXT:    %2 = hmirror(%0)  ; x3 (line 61)
# CHECK-NEXT:    %3 = rot90(%2)  ; O (line 62)
# CHECK-NEXT:    lines %1  ; run in this order, the first error wins
# CHECK-NEXT:    return %3


def solve_swapped(I):
    x1 = vmirror(I)
    x2 = hmirror(I)
    O = hconcat(x2, x1)
    return O

# O's walk would run x2 before x1: x1 is listed, so that it runs first; x2 is not.
# CHECK-LABEL: solver solve_swapped(I)
# CHECK-NEXT:    %0 = vmirror(I)  ; x1 (line 76)
# CHECK-NEXT:    %1 = hmirror(I)  ; x2 (line 77)
# CHECK-NEXT:    %2 = hconcat(%1, %0)  ; O (line 78)
# CHECK-NEXT:    lines %0  ; run in this order, the first error wins
# CHECK-NEXT:    return %2


def solve_repeated(I):
    x1 = vmirror(I)
    x2 = hmirror(I)
    x3 = vmirror(I)
    O = hconcat(x2, x3)
    return O

# x3 is the value of x1, one node, run once by the listed x1: x3 is left out, and x2 is O's
# first argument. The same body as solve_swapped.
# CHECK-LABEL: solver solve_repeated(I)
# CHECK-NEXT:    %0 = vmirror(I)  ; x1 (line 91)
# CHECK-NEXT:    %1 = hmirror(I)  ; x2 (line 92)
# CHECK-NEXT:    %2 = hconcat(%1, %0)  ; O (line 94)
# CHECK-NEXT:    lines %0  ; run in this order, the first error wins
# CHECK-NEXT:    return %2


def solve_repeated_result(I):
    x1 = vmirror(I)
    x2 = hmirror(I)
    O = vmirror(I)
    return O

# The result is x1's node: x1 and x2 are both listed, and the body returns x1's value after x2.
# CHECK-LABEL: solver solve_repeated_result(I)
# CHECK-NEXT:    %0 = vmirror(I)  ; x1 (line 108)
# CHECK-NEXT:    %1 = hmirror(I)  ; x2 (line 109)
# CHECK-NEXT:    lines %0, %1  ; run in this order, the first error wins
# CHECK-NEXT:    return %0


def solve_repeated_chain(I):
    x1 = vmirror(I)
    x2 = vmirror(I)
    O = hconcat(x1, x2)
    return O

# x2 is x1's node again, and O's first argument: no 'lines'.
# CHECK-LABEL: solver solve_repeated_chain(I)
# CHECK-NEXT:    %0 = vmirror(I)  ; x1 (line 122)
# CHECK-NEXT:    %1 = hconcat(%0, %0)  ; O (line 124)
# CHECK-NEXT:    return %1
# CHECK-NEXT:  8 solvers, 7 unique, 1 duplicate groups,
