# RUN: %battc inspect --werror %s 2>&1 | FileCheck %s
# Assigning a variable twice, or assigning to a parameter, is plain Python rebinding: no
# diagnostic at all, not even a warning (--werror would make one fatal). Each use reads the
# binding in force at that point (ir/rebinding.py checks the IR).
# CHECK-NOT: {{error|warning|note}}
from dsl import *


def solve_twice(I):
    x1 = vmirror(I)
    x1 = hmirror(x1)
    return x1


def solve_parameter(I):
    I = vmirror(I)
    return I

# CHECK: {{^}}2 solvers, 2 unique, 0 duplicate groups, 2 call nodes, {{.*}}{{$}}
