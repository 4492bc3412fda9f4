# RUN: %battc inspect --emit=ir %s | FileCheck %s
# As in CPython, two separate calls that build equal closures build two objects: x1 and x2 are
# two lambda objects and equality(x1, x2) is False. The second call is a node of its own, instance
# '#1' of that call, so it is not merged with the first.
from dsl import *


def solve_closures(I):
    x1 = compose(vmirror, hmirror)
    x2 = compose(vmirror, hmirror)
    O = equality(x1, x2)
    return O

# CHECK-LABEL: solver solve_closures(I)
# CHECK-NEXT:    %0 = compose(vmirror, hmirror)  ; x1 (line 9)
# CHECK-NEXT:    %1 = compose(vmirror, hmirror) #1  ; x2 (line 10)
# CHECK-NEXT:    %2 = equality(%0, %1)  ; O (line 11)
# CHECK-NEXT:    lines %0  ; run in this order, the first error wins
# CHECK-NEXT:    return %2
# CHECK-NEXT: 1 solvers, 1 unique, 0 duplicate groups, 3 call nodes
