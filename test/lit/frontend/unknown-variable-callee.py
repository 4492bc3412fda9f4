# RUN: %not %battc inspect %s 2>&1 | FileCheck %s
# A computed function must be a variable assigned earlier.
from dsl import *


def solve_callee(I):
    x1 = rbind(shift, UP)
    x2 = lbind(shift, I)
    # CHECK: {{.*}}unknown-variable-callee.py:[[@LINE+1]]:9: error: unknown variable 'x3'; did you mean 'x2'?
    O = x3(I)
    return O
