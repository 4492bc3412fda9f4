# RUN: %not %battc inspect %s 2>&1 | FileCheck %s
# Unknown names as arguments: hints come from the variables in scope, the parameters, the
# primitives and the constants.
from dsl import *
from constants import *


def solve_constant(I):
    # CHECK: {{.*}}unknown-name.py:[[@LINE+1]]:20: error: unknown name 'THRE'; did you mean 'THREE'?
    O = upscale(I, THRE)
    return O


def solve_variable(I):
    x1 = vmirror(I)
    x2 = hmirror(x1)
    # CHECK: {{.*}}unknown-name.py:[[@LINE+1]]:21: error: unknown name 'x7'; did you mean 'x2'?
    O = hconcat(x1, x7)
    return O


def solve_bool(I):
    # CHECK: {{.*}}unknown-name.py:[[@LINE+1]]:26: error: unknown name 'true'; did you mean 'True'?
    O = objects(I, T, F, true)
    return O


def solve_builtin(I):
    # Python builtins are not arc-dsl primitives.
    # CHECK: {{.*}}unknown-name.py:[[@LINE+1]]:15: error: unknown name 'len'{{$}}
    O = apply(len, I)
    return O


def solve_other_solver(I):
    # Solvers cannot refer to each other.
    # CHECK: {{.*}}unknown-name.py:[[@LINE+1]]:15: error: unknown name 'solve_bool'{{$}}
    O = apply(solve_bool, I)
    return O
