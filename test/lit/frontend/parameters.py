# RUN: %not %battc inspect %s 2>&1 | FileCheck %s
# Solvers take one or more plain positional parameters.
from dsl import *


# CHECK: {{.*}}parameters.py:[[@LINE+1]]:5: error: function 'solve_none' has no parameters; a solver takes the input grid
def solve_none():
    return ONE


# CHECK: {{.*}}parameters.py:[[@LINE+2]]:24: error: duplicate parameter 'I'
# CHECK: {{.*}}parameters.py:[[@LINE+1]]:21: note: first declared here
def solve_duplicate(I, I):
    return I


# CHECK: {{.*}}parameters.py:[[@LINE+1]]:20: error: default parameter values are not supported
def solve_default(I=1):
    return I


# CHECK: {{.*}}parameters.py:[[@LINE+1]]:22: error: parameter annotations are not supported
def solve_annotated(I: Grid):
    return I


# CHECK: {{.*}}parameters.py:[[@LINE+1]]:22: error: return annotations are not supported
def solve_returns(I) -> Grid:
    return I


# CHECK: {{.*}}parameters.py:[[@LINE+1]]:20: error: variadic parameters are not supported
def solve_variadic(*I):
    return I


# CHECK: {{.*}}parameters.py:[[@LINE+1]]:25: error: positional-only parameter markers are not supported
def solve_positional(I, /):
    return I


def solve_three(S, I, C):
    O = fill(I, C, S)
    return O

# CHECK: 1 solvers, {{.*}}, 7 skipped
