# RUN: %not %battc inspect %s 2>&1 | FileCheck %s
# Function names are module globals: one definition each, and never a primitive's or a
# constant's name (in CPython the definition would replace it in every solver).
from dsl import *


def solve_twice(I):
    O = vmirror(I)
    return O


# CHECK: {{.*}}redefinition.py:[[@LINE+2]]:5: error: redefinition of 'solve_twice'
# CHECK: {{.*}}redefinition.py:[[@LINE-6]]:5: note: previous definition is here
def solve_twice(I):
    O = hmirror(I)
    return O


# CHECK: {{.*}}redefinition.py:[[@LINE+1]]:5: error: function 'fork' would replace the arc-dsl primitive 'fork' in every solver
def fork(I):
    return I


# CHECK: {{.*}}redefinition.py:[[@LINE+1]]:5: error: function 'TEN' would replace the arc-dsl constant 'TEN' in every solver
def TEN(I):
    return I

# CHECK: 1 solvers, {{.*}}, 3 skipped
