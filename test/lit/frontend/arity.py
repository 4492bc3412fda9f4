# RUN: %battc inspect %s 2>&1 | FileCheck %s
# RUN: %battc inspect --emit=ir %s 2>/dev/null | FileCheck %s --check-prefix=IR
# Calls of primitives are checked against the arity in runtime/primitives.def. A wrong arity is
# what CPython raises TypeError for at run time: a warning (exit status 0), and the solver
# compiles to that call, which raises TypeError when it runs.
# CHECK-NOT: error
from dsl import *
from constants import *


def solve_too_few(I):
    x1 = objects(I, T, F, T)
    # CHECK: {{.*}}arity.py:[[@LINE+3]]:10: warning: 'fork' takes 3 arguments, but 2 were given; the call raises TypeError{{$}}
    # CHECK-NEXT: {{^}}    x2 = fork(x1, x1){{$}}
    # CHECK: note: fork(Callable, Callable, Callable) -> Callable
    x2 = fork(x1, x1)
    return x2


def solve_too_many(I):
    # CHECK: {{.*}}arity.py:[[@LINE+2]]:9: warning: 'vmirror' takes 1 argument, but 2 were given; the call raises TypeError{{$}}
    # CHECK: note: vmirror(Piece) -> Piece
    O = vmirror(I, I)
    return O


def solve_none(I):
    # CHECK: {{.*}}arity.py:[[@LINE+2]]:9: warning: 'hconcat' takes 2 arguments, but 0 were given; the call raises TypeError{{$}}
    # CHECK: note: hconcat(Grid, Grid) -> Grid
    O = hconcat()
    return O


def solve_nested(I):
    # CHECK: {{.*}}arity.py:[[@LINE+2]]:17: warning: 'rot90' takes 1 argument, but 3 were given; the call raises TypeError{{$}}
    # CHECK: note: rot90(Grid) -> Grid
    O = vmirror(rot90(I, I, I))
    return O


def solve_dynamic(I):
    # A computed function's arity is only known at run time: no diagnostic.
    x1 = rbind(shift, UP)
    O = x1(I, I, I)
    return O

# CHECK: 4 warnings generated.
# CHECK-NEXT: 5 solvers, 5 unique, 0 duplicate groups, 8 call nodes, 11 leaves, max depth 2, 0 shared calls{{$}}

# IR-LABEL: solver solve_too_few(I)
# IR-NEXT:    %0 = objects(I, True, False, True)  ; x1 (line 12)
# IR-NEXT:    %1 = call fork(%0, %0)  ; x2 (line 16)
# IR-NEXT:    return %1
# IR-LABEL: solver solve_too_many(I)
# IR-NEXT:    %0 = call vmirror(I, I)  ; O (line 23)
# IR-NEXT:    return %0
# IR-LABEL: solver solve_none(I)
# IR-NEXT:    %0 = call hconcat()  ; O (line 30)
# IR-NEXT:    return %0
# IR-LABEL: solver solve_nested(I)
# IR-NEXT:    %0 = call rot90(I, I, I)
# IR-NEXT:    %1 = vmirror(%0)  ; O (line 37)
# IR-NEXT:    return %1
# IR-LABEL: solver solve_dynamic(I)
# IR-NEXT:    %0 = rbind(shift, (-1, 0))  ; x1 (line 43)
# IR-NEXT:    %1 = call %0(I, I, I)  ; O (line 44)
