# RUN: %not %battc inspect %s 2>&1 | FileCheck %s
# The return is the last statement of a solver.
from dsl import *


def solve_two_returns(I):
    O = vmirror(I)
    return O
    # CHECK: {{.*}}extra-return.py:[[@LINE+2]]:5: error: statement after 'return'; a solver's return must be its last statement
    # CHECK: {{.*}}extra-return.py:[[@LINE-2]]:5: note: the solver returns here
    return I


def solve_code_after_return(I):
    return I
    # CHECK: {{.*}}extra-return.py:[[@LINE+1]]:5: error: statement after 'return'
    O = vmirror(I)
