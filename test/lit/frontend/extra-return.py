# RUN: %battc inspect %s 2>&1 | FileCheck %s
# RUN: %battc inspect --emit=ir %s 2>/dev/null | FileCheck %s --check-prefix=IR
# Statements after the first return never run, as in CPython: a warning; they are parsed and
# ignored, and the solver returns the first return's value.
# CHECK-NOT: error
from dsl import *


def solve_two_returns(I):
    O = vmirror(I)
    return O
    # CHECK: {{.*}}extra-return.py:[[@LINE+2]]:5: warning: code after 'return' never runs{{$}}
    # CHECK: {{.*}}extra-return.py:[[@LINE-2]]:5: note: the solver returns here
    return I


def solve_code_after_return(I):
    return I
    # CHECK: {{.*}}extra-return.py:[[@LINE+2]]:5: warning: code after 'return' never runs{{$}}
    # CHECK: {{.*}}extra-return.py:[[@LINE-2]]:5: note: the solver returns here
    O = vmirror(I)

# CHECK: 2 warnings generated.
# CHECK-NEXT: 2 solvers, 2 unique, 0 duplicate groups, 1 call nodes, {{.*}}{{$}}

# IR-LABEL: solver solve_two_returns(I)
# IR-NEXT:    %0 = vmirror(I)  ; O (line 10)
# IR-NEXT:    return %0
# IR-LABEL: solver solve_code_after_return(I)
# IR-NEXT:    return I
# IR-NEXT:  2 solvers,
