# RUN: %battc inspect --emit=ir %s | FileCheck %s
# --emit=ir: each solver inlined into one expression, printed one call per line (%N in order,
# operands before users); inputs by parameter name, constants by value, primitives by name. A
# call of a computed function is "call".
from dsl import *
from constants import *


def solve_ir(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    x3 = portrait(I)
    x4 = branch(x3, vmirror, hmirror)
    x5 = x4(I)
    O = paint(x5, x2)
    return O

# CHECK:      solver solve_ir(I) hash [[HASH:[0-9a-f]{16}]]
# CHECK-NEXT:   %0 = portrait(I)
# CHECK-NEXT:   %1 = branch(%0, vmirror, hmirror)
# CHECK-NEXT:   %2 = call %1(I)
# CHECK-NEXT:   %3 = objects(I, True, False, True)
# CHECK-NEXT:   %4 = argmax(%3, size)
# CHECK-NEXT:   %5 = paint(%2, %4)
# CHECK-NEXT:   return %5
# CHECK-NEXT: 1 solvers, 1 unique, 0 duplicate groups, 6 call nodes, 6 leaves, max depth 4, 0 shared calls
