# RUN: %battc inspect --emit=ir %s | FileCheck %s
# The right-hand side of an assignment and the returned value are expressions: calls (nested
# too), names, constants, tuples, primitives.
from dsl import *
from constants import *


def solve_nested(I):
    return vmirror(hmirror(rot90(I)))


def solve_input(I):
    return I


def solve_constant(I):
    return TWO_BY_TWO


def solve_primitive(I):
    return vmirror


def solve_alias(I):
    x1 = I
    x2 = x1
    return upscale(x2, x2)

# CHECK-LABEL: solver solve_nested(I)
# CHECK-NEXT:    %0 = rot90(I)
# CHECK-NEXT:    %1 = hmirror(%0)
# CHECK-NEXT:    %2 = vmirror(%1)
# CHECK-NEXT:    return %2
# CHECK-LABEL: solver solve_input(I)
# CHECK-NEXT:    return I
# CHECK-LABEL: solver solve_constant(I)
# CHECK-NEXT:    return (2, 2)
# CHECK-LABEL: solver solve_primitive(I)
# CHECK-NEXT:    return vmirror
# CHECK-LABEL: solver solve_alias(I)
# CHECK-NEXT:    %0 = upscale(I, I)
# CHECK: 5 solvers, 5 unique, 0 duplicate groups, 4 call nodes
