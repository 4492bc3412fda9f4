# RUN: %not %battc inspect %s 2>&1 | FileCheck %s
# An unknown name in call position is reported with the closest primitive.
from dsl import *
from constants import *


def solve_typo(I):
    x1 = objects(I, T, F, T)
    # CHECK: {{.*}}unknown-primitive.py:[[@LINE+3]]:10: error: unknown primitive 'frok'; did you mean 'fork'?
    # CHECK-NEXT: {{^}}    x2 = frok(x1, x1, x1){{$}}
    # CHECK-NEXT: {{^}}         ^{{$}}
    x2 = frok(x1, x1, x1)
    return x2


def solve_case(I):
    # CHECK: {{.*}}unknown-primitive.py:[[@LINE+1]]:9: error: unknown primitive 'VMIRROR'; did you mean 'vmirror'?
    O = VMIRROR(I)
    return O


def solve_far(I):
    # CHECK: {{.*}}unknown-primitive.py:[[@LINE+1]]:9: error: unknown primitive 'transmogrify'{{$}}
    O = transmogrify(I)
    return O

# CHECK: 3 errors generated.
# CHECK: 0 solvers, 0 unique, 0 duplicate groups, 0 call nodes, {{.*}}, 3 skipped
