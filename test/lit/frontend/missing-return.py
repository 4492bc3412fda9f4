# RUN: %not %battc inspect %s 2>&1 | FileCheck %s
# A solver ends with a return statement.
from dsl import *


# CHECK: {{.*}}missing-return.py:[[@LINE+1]]:5: error: function 'solve_no_return' does not end with a return statement
def solve_no_return(I):
    x1 = vmirror(I)


def solve_bare_return(I):
    x1 = vmirror(I)
    # CHECK: {{.*}}missing-return.py:[[@LINE+1]]:5: error: 'return' without a value; a solver must return its result
    return


def solve_fine(I):
    O = vmirror(I)
    return O

# CHECK: 1 solvers, {{.*}}, 2 skipped
