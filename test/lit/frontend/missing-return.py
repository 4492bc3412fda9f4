# RUN: %battc inspect %s 2>&1 | FileCheck %s
# RUN: %battc inspect --emit=ir %s 2>/dev/null | FileCheck %s --check-prefix=IR
# A function without a return statement, or with a bare 'return', returns None as in CPython: a
# warning. Its lines still run, in order, before it returns None.
# CHECK-NOT: error
from dsl import *


# CHECK: {{.*}}missing-return.py:[[@LINE+1]]:5: warning: function 'solve_no_return' has no return statement; it returns None{{$}}
def solve_no_return(I):
    x1 = vmirror(I)


def solve_bare_return(I):
    x1 = vmirror(I)
    # CHECK: {{.*}}missing-return.py:[[@LINE+1]]:5: warning: 'return' without a value returns None{{$}}
    return


def solve_fine(I):
    O = vmirror(I)
    return O

# CHECK: 2 warnings generated.
# CHECK-NEXT: 3 solvers, 2 unique, 1 duplicate groups, 1 call nodes, {{.*}}{{$}}

# IR:         solver solve_no_return(I) hash [[H:[0-9a-f]+]]
# IR-NEXT:    %0 = vmirror(I)  ; x1 (line 11)
# IR-NEXT:    lines %0  ; run in this order, the first error wins
# IR-NEXT:    return None
# IR-NEXT:  solver solve_bare_return(I) hash [[H]]
# IR-NEXT:    %0 = vmirror(I)  ; x1 (line 15)
# IR-NEXT:    lines %0  ; run in this order, the first error wins
# IR-NEXT:    return None
# IR-LABEL: solver solve_fine(I)
# IR-NEXT:    %0 = vmirror(I)  ; O (line 21)
# IR-NEXT:    return %0
