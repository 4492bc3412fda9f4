# RUN: %not %battc inspect %s 2>&1 | FileCheck %s
# One variable per assignment, assigned with '=' (annotated or not: frontend/annotations.py).
from dsl import *


def solve_augmented(I):
    x1 = size(I)
    # CHECK: {{.*}}unsupported-assignments.py:[[@LINE+1]]:8: error: augmented assignment '+=' is not supported
    x1 += 1
    return x1


def solve_unpacking(I):
    # CHECK: {{.*}}unsupported-assignments.py:[[@LINE+1]]:5: error: tuple unpacking is not supported; assign one variable per line
    a, b = hsplit(I, 2)
    return a


def solve_chained(I):
    # CHECK: {{.*}}unsupported-assignments.py:[[@LINE+1]]:11: error: chained assignment is not supported; assign one variable per line
    a = b = vmirror(I)
    return a


def solve_target(I):
    # CHECK: {{.*}}unsupported-assignments.py:[[@LINE+1]]:16: error: cannot assign to an expression; the target must be a variable name
    vmirror(I) = I
    return I


def solve_keyword(I):
    # CHECK: {{.*}}unsupported-assignments.py:[[@LINE+1]]:5: error: cannot assign to 'True'
    True = vmirror(I)
    return I

# CHECK: 5 errors generated.
# CHECK-NEXT: 0 solvers, {{.*}}, 5 skipped{{$}}
