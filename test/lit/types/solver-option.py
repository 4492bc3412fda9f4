# RUN: %battc inspect --emit=types %s --solver solve_b | FileCheck %s
# RUN: %not %battc inspect --emit=types %s --solver solve_c 2>&1 | FileCheck %s --check-prefix=UNKNOWN
# With --emit=types, --solver chooses the solvers printed (no report, no generated code).
from dsl import *


def solve_a(I):
    O = vmirror(I)
    return O


def solve_b(I):
    O = hmirror(I)
    return O

# CHECK-NOT:   solver solve_a
# CHECK:       solver solve_b(I)
# CHECK-NEXT:    I : Grid
# CHECK-NEXT:    %0 = hmirror(I) : Grid  ; O, solver-option.py:13
# CHECK-NEXT:    return %0 : Grid
# CHECK-NOT:   generated code
# CHECK:       2 solvers, 2 unique
# CHECK-NEXT:  typed solvers: 2 of 2 (every node typed)

# UNKNOWN: battc: error: no solver named 'solve_c'; did you mean 'solve_a'?
