# RUN: %not %battc inspect %s 2>&1 | FileCheck %s
# Diagnostics print sorted by position, whatever order the checks found them in (here the
# double assignment is found before the use that precedes it).
from dsl import *


def solve_order(I):
    # CHECK: {{.*}}sorted-diagnostics.py:[[@LINE+1]]:18: error: variable 'x2' is used before it is assigned
    x1 = vmirror(x2)
    x2 = hmirror(I)
    # CHECK: {{.*}}sorted-diagnostics.py:[[@LINE+1]]:5: error: variable 'x2' is assigned twice
    x2 = rot90(I)
    # CHECK: {{.*}}sorted-diagnostics.py:[[@LINE+1]]:9: error: unknown primitive 'rot45'; did you mean 'rot90'?
    O = rot45(x1)
    return O
