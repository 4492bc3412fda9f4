# RUN: %battc inspect --emit=ir %s | FileCheck %s
# --emit=ir: each solver inlined into one expression, printed one call per line (%N in order,
# operands before users); inputs by parameter name, constants by value, primitives by name. A
# call of a computed function is "call". The lines come in program order, with the line each
# comes from. All of them run, in program order, and the first error is the solver's; 'lines'
# lists those that must run before the walk of the next reaches them: here x2 (x1 runs first in
# x2's walk; x3, x4 and x5 run first in O's, after x2).
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
# CHECK-NEXT:   %0 = objects(I, True, False, True)  ; x1 (line 13)
# CHECK-NEXT:   %1 = argmax(%0, size)  ; x2 (line 14)
# CHECK-NEXT:   %2 = portrait(I)  ; x3 (line 15)
# CHECK-NEXT:   %3 = branch(%2, vmirror, hmirror)  ; x4 (line 16)
# CHECK-NEXT:   %4 = call %3(I)  ; x5 (line 17)
# CHECK-NEXT:   %5 = paint(%4, %1)  ; O (line 18)
# CHECK-NEXT:   lines %1  ; run in this order, the first error wins
# CHECK-NEXT:   return %5
# CHECK-NEXT: 1 solvers, 1 unique, 0 duplicate groups, 6 call nodes, 6 leaves, max depth 4, 0 shared calls
