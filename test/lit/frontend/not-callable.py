# RUN: %battc inspect %s 2>&1 | FileCheck %s
# RUN: %battc inspect --emit=ir %s 2>/dev/null | FileCheck %s --check-prefix=IR
# Calling a constant or a literal is what CPython raises TypeError for when the call runs: a
# warning (exit status 0), and the solver compiles to that call.
# CHECK-NOT: error
from dsl import *
from constants import *


def solve_constant(I):
    # CHECK: {{.*}}not-callable.py:[[@LINE+1]]:9: warning: the constant 'ONE' is not callable; the call raises TypeError{{$}}
    O = ONE(I)
    return O


def solve_integer(I):
    # CHECK: {{.*}}not-callable.py:[[@LINE+1]]:9: warning: an integer literal is not callable; the call raises TypeError{{$}}
    O = 1(I)
    return O


def solve_bool(I):
    # CHECK: {{.*}}not-callable.py:[[@LINE+1]]:9: warning: a boolean literal is not callable; the call raises TypeError{{$}}
    O = True(I)
    return O


def solve_tuple(I):
    # CHECK: {{.*}}not-callable.py:[[@LINE+1]]:9: warning: a tuple is not callable; the call raises TypeError{{$}}
    O = (1, 2)(I)
    return O

# CHECK: 4 warnings generated.
# CHECK-NEXT: 4 solvers, 3 unique, 1 duplicate groups, 3 call nodes, {{.*}}{{$}}

# Constants are nodes by value: ONE(I) and 1(I) are the same call (and the same solver).
# IR:         solver solve_constant(I) hash [[H:[0-9a-f]+]]
# IR-NEXT:    %0 = call 1(I)  ; O (line 12)
# IR-NEXT:    return %0
# IR-NEXT:    solver solve_integer(I) hash [[H]]
# IR-NEXT:    %0 = call 1(I)  ; O (line 18)
# IR-LABEL: solver solve_bool(I)
# IR-NEXT:    %0 = call True(I)  ; O (line 24)
# IR-LABEL: solver solve_tuple(I)
# IR-NEXT:    %0 = call (1, 2)(I)  ; O (line 30)
