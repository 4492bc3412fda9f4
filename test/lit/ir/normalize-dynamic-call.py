# RUN: %battc inspect --emit=ir %s | FileCheck %s
# A call of a variable that holds a primitive becomes a direct call of that primitive when the
# number of arguments matches its arity; otherwise it stays dynamic (CPython raises TypeError
# when it runs).
from dsl import *


def solve_alias(I):
    f = vmirror
    O = f(I)
    return O


def solve_through_identity(I):
    x1 = identity(hmirror)
    O = x1(I)
    return O


def solve_wrong_arity(I):
    f = vmirror
    O = f(I, I)
    return O

# CHECK-LABEL: solver solve_alias(I)
# CHECK-NEXT:    %0 = vmirror(I)
# CHECK-LABEL: solver solve_through_identity(I)
# CHECK-NEXT:    %0 = hmirror(I)
# CHECK-LABEL: solver solve_wrong_arity(I)
# CHECK-NEXT:    %0 = call vmirror(I, I)
# CHECK: 3 solvers, 3 unique, 0 duplicate groups, 3 call nodes
