# RUN: %not %battc inspect %s 2>&1 | FileCheck %s
# Every variable is assigned exactly once; parameters are never assigned.
from dsl import *


def solve_twice(I):
    x1 = vmirror(I)
    # CHECK: {{.*}}assigned-twice.py:[[@LINE+2]]:5: error: variable 'x1' is assigned twice; each variable is assigned once
    # CHECK: {{.*}}assigned-twice.py:[[@LINE-2]]:5: note: first assigned here
    x1 = hmirror(x1)
    return x1


def solve_parameter(I):
    # CHECK: {{.*}}assigned-twice.py:[[@LINE+2]]:5: error: assignment to parameter 'I'; each variable is assigned once
    # CHECK: {{.*}}assigned-twice.py:[[@LINE-2]]:21: note: declared here
    I = vmirror(I)
    return I
