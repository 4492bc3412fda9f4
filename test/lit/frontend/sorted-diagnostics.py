# RUN: %battc inspect %s 2>&1 | FileCheck %s
# Diagnostics print sorted by position, whatever order the checks found them in: here the parser
# finds the code after the return (and the bare return of the second solver) before name
# resolution finds the earlier uses.
from dsl import *


def solve_order(I):
    # CHECK: {{.*}}sorted-diagnostics.py:[[@LINE+2]]:18: warning: variable 'x2' is used before it is assigned; the line raises UnboundLocalError{{$}}
    # CHECK: {{.*}}sorted-diagnostics.py:[[@LINE+2]]:5: note: assigned here
    x1 = vmirror(x2)
    x2 = hmirror(I)
    # CHECK: {{.*}}sorted-diagnostics.py:[[@LINE+1]]:9: warning: unknown primitive 'rot45'; did you mean 'rot90'?; the line raises NameError{{$}}
    O = rot45(x1)
    return O
    # CHECK: {{.*}}sorted-diagnostics.py:[[@LINE+2]]:5: warning: code after 'return' never runs{{$}}
    # CHECK: {{.*}}sorted-diagnostics.py:[[@LINE-2]]:5: note: the solver returns here
    x3 = rot90(I)


def solve_second(I):
    # CHECK: {{.*}}sorted-diagnostics.py:[[@LINE+1]]:18: warning: unknown name 'X1'; the line raises NameError{{$}}
    x1 = vmirror(X1)
    # CHECK: {{.*}}sorted-diagnostics.py:[[@LINE+1]]:5: warning: 'return' without a value returns None{{$}}
    return

# CHECK: 5 warnings generated.
