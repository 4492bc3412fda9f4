# RUN: %not %battc inspect %s 2>&1 | FileCheck %s
# Calls of primitives are checked against the arity in runtime/primitives.def.
from dsl import *
from constants import *


def solve_too_few(I):
    x1 = objects(I, T, F, T)
    # CHECK: {{.*}}arity.py:[[@LINE+3]]:10: error: 'fork' takes 3 arguments, but 2 were given
    # CHECK-NEXT: {{^}}    x2 = fork(x1, x1){{$}}
    # CHECK: note: fork(Callable, Callable, Callable) -> Callable
    x2 = fork(x1, x1)
    return x2


def solve_too_many(I):
    # CHECK: {{.*}}arity.py:[[@LINE+2]]:9: error: 'vmirror' takes 1 argument, but 2 were given
    # CHECK: note: vmirror(Piece) -> Piece
    O = vmirror(I, I)
    return O


def solve_none(I):
    # CHECK: {{.*}}arity.py:[[@LINE+1]]:9: error: 'hconcat' takes 2 arguments, but 0 were given
    O = hconcat()
    return O


def solve_nested(I):
    # CHECK: {{.*}}arity.py:[[@LINE+1]]:17: error: 'rot90' takes 1 argument, but 3 were given
    O = vmirror(rot90(I, I, I))
    return O


def solve_dynamic(I):
    # A computed function's arity is only known at run time: no diagnostic.
    x1 = rbind(shift, UP)
    O = x1(I, I, I)
    return O

# CHECK: 4 errors generated.
# CHECK: 1 solvers, {{.*}}, 4 skipped
