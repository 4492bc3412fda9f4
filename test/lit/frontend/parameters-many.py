# RUN: %battc inspect --emit=ir %s 2>&1 | FileCheck %s
# Solvers may take several parameters with any names (def solve(S, I, C) in other dialects).
# A parameter is an input by position: S here and I below are both input 0.
from dsl import *


def solve(S, I, C):
    O = fill(I, C, S)
    return O


def solve_grid(I):
    O = vmirror(I)
    return O

# CHECK-LABEL: solver solve(S, I, C)
# CHECK-NEXT:    %0 = fill(I, C, S)
# CHECK-LABEL: solver solve_grid(I)
# CHECK-NEXT:    %0 = vmirror(I)
