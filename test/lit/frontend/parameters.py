# RUN: %not %battc inspect %s 2>&1 | FileCheck %s
# RUN: %not %battc inspect --emit=ir %s 2>/dev/null | FileCheck %s --check-prefix=IR
# Solvers take one or more plain positional parameters, annotated or not (frontend/annotations.py).
# A function without parameters is legal Python: calling it with the input grid raises TypeError,
# so it is a warning and the solver compiles to that error.
from dsl import *


# CHECK: {{.*}}parameters.py:[[@LINE+1]]:5: warning: function 'solve_none' has no parameters; calling it with the input grid raises TypeError{{$}}
def solve_none():
    return ONE


# CHECK: {{.*}}parameters.py:[[@LINE+2]]:24: error: duplicate parameter 'I'
# CHECK: {{.*}}parameters.py:[[@LINE+1]]:21: note: first declared here
def solve_duplicate(I, I):
    return I


# CHECK: {{.*}}parameters.py:[[@LINE+1]]:20: error: default parameter values are not supported
def solve_default(I=1):
    return I


# Annotations are accepted: no diagnostic.
def solve_annotated(I: Grid):
    return I


def solve_returns(I) -> Grid:
    return I


# CHECK: {{.*}}parameters.py:[[@LINE+1]]:20: error: variadic parameters are not supported
def solve_variadic(*I):
    return I


# CHECK: {{.*}}parameters.py:[[@LINE+1]]:25: error: positional-only parameter markers are not supported
def solve_positional(I, /):
    return I


def solve_three(S, I, C):
    O = fill(I, C, S)
    return O

# CHECK-NOT: annotation
# CHECK: 4 errors and 1 warning generated.
# CHECK-NEXT: 4 solvers, 3 unique, 1 duplicate groups, 1 call nodes, {{.*}}, 4 skipped{{$}}

# IR-LABEL: solver solve_none()
# IR-NEXT:    lines <raises TypeError>  ; run in this order, the first error wins
# IR-NEXT:    return 1
# IR:       solver solve_annotated(I) hash [[H:[0-9a-f]+]]
# IR-NEXT:    return I
# IR-NEXT:  solver solve_returns(I) hash [[H]]
# IR-NEXT:    return I
# IR-LABEL: solver solve_three(S, I, C)
# IR-NEXT:    %0 = fill(I, C, S)
