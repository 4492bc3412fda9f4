# RUN: %not %battc inspect %s 2>&1 | FileCheck %s
# A variable may only be used after its assignment.
from dsl import *
from constants import *


def solve_early(I):
    # CHECK: {{.*}}use-before-assignment.py:[[@LINE+4]]:18: error: variable 'x2' is used before it is assigned
    # CHECK-NEXT: {{^}}    x1 = vmirror(x2){{$}}
    # CHECK-NEXT: {{^}}                 ^{{$}}
    # CHECK-NEXT: {{.*}}use-before-assignment.py:[[@LINE+2]]:5: note: assigned here
    x1 = vmirror(x2)
    x2 = hmirror(I)
    return x1


def solve_self(I):
    # CHECK: {{.*}}use-before-assignment.py:[[@LINE+2]]:18: error: variable 'x1' is used in its own assignment
    # CHECK-NOT: note
    x1 = vmirror(x1)
    return x1


def solve_shadowed_constant(I):
    # As in CPython, a name assigned anywhere in the function is local to all of it: this T is
    # the local assigned below (UnboundLocalError in CPython), not the constant.
    # CHECK: {{.*}}use-before-assignment.py:[[@LINE+1]]:21: error: variable 'T' is used before it is assigned
    x1 = objects(I, T, F, T)
    T = first(x1)
    return T


def solve_return(I):
    # CHECK: {{.*}}use-before-assignment.py:[[@LINE+1]]:12: error: unknown name 'O'; did you mean 'I'?
    return O
