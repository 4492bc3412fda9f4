# RUN: %battc inspect %s 2>&1 | FileCheck %s
# RUN: %battc inspect --emit=ir %s 2>/dev/null | FileCheck %s --check-prefix=IR
# A computed function must be a variable assigned earlier. An unknown callee closest to a
# variable is an "unknown variable"; CPython raises NameError when the line runs: a warning.
# CHECK-NOT: error
from dsl import *


def solve_callee(I):
    x1 = rbind(shift, UP)
    x2 = lbind(shift, I)
    # CHECK: {{.*}}unknown-variable-callee.py:[[@LINE+1]]:9: warning: unknown variable 'x3'; did you mean 'x2'?; the line raises NameError{{$}}
    O = x3(I)
    return O

# CHECK: 1 warning generated.
# CHECK-NEXT: 1 solvers, 1 unique, 0 duplicate groups, 3 call nodes, {{.*}}{{$}}

# IR-LABEL: solver solve_callee(I)
# IR-NEXT:    %0 = rbind(shift, (-1, 0))  ; x1 (line 10)
# IR-NEXT:    %1 = lbind(shift, I)  ; x2 (line 11)
# IR-NEXT:    %2 = call <raises NameError>(I)  ; O (line 13)
# IR-NEXT:    lines %0, %1  ; run in this order, the first error wins
# IR-NEXT:    return %2
