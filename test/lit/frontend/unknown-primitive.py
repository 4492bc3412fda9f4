# RUN: %battc inspect %s 2>&1 | FileCheck %s
# RUN: %battc inspect --emit=ir %s 2>/dev/null | FileCheck %s --check-prefix=IR
# An unknown name in call position is reported with the closest primitive. CPython raises
# NameError when the line runs: a warning (exit status 0), and the callee compiles to that error.
# CHECK-NOT: error
from dsl import *
from constants import *


def solve_typo(I):
    x1 = objects(I, T, F, T)
    # CHECK: {{.*}}unknown-primitive.py:[[@LINE+3]]:10: warning: unknown primitive 'frok'; did you mean 'fork'?; the line raises NameError{{$}}
    # CHECK-NEXT: {{^}}    x2 = frok(x1, x1, x1){{$}}
    # CHECK-NEXT: {{^}}         ^{{$}}
    x2 = frok(x1, x1, x1)
    return x2


def solve_case(I):
    # CHECK: {{.*}}unknown-primitive.py:[[@LINE+1]]:9: warning: unknown primitive 'VMIRROR'; did you mean 'vmirror'?; the line raises NameError{{$}}
    O = VMIRROR(I)
    return O


def solve_far(I):
    # CHECK: {{.*}}unknown-primitive.py:[[@LINE+1]]:9: warning: unknown primitive 'transmogrify'; the line raises NameError{{$}}
    O = transmogrify(I)
    return O

# CHECK: 3 warnings generated.
# CHECK-NEXT: 3 solvers, 2 unique, 1 duplicate groups, 3 call nodes, {{.*}}{{$}}

# The line before the one that raises still runs first.
# IR-LABEL: solver solve_typo(I)
# IR-NEXT:    %0 = objects(I, True, False, True)  ; x1 (line 11)
# IR-NEXT:    %1 = call <raises NameError>(%0, %0, %0)  ; x2 (line 15)
# IR-NEXT:    lines %0  ; run in this order, the first error wins
# IR-NEXT:    return %1
# Both raise NameError on the same operands: duplicates.
# IR:         solver solve_case(I) hash [[H:[0-9a-f]+]]
# IR-NEXT:    %0 = call <raises NameError>(I)  ; O (line 21)
# IR-NEXT:    return %0
# IR-NEXT:    solver solve_far(I) hash [[H]]
# IR-NEXT:    %0 = call <raises NameError>(I)  ; O (line 27)
