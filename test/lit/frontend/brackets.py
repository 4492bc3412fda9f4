# RUN: %not %battc inspect %s 2>&1 | FileCheck %s
# Unbalanced brackets. An unclosed '(' stops at the next line that starts a definition or a
# return, so that the solvers after it still compile.
from dsl import *
from constants import *


def solve_unclosed(I):
    # CHECK: {{.*}}brackets.py:[[@LINE+3]]:17: error: '(' was never closed
    # CHECK-NEXT: {{^}}    x1 = objects(I, T, F, T{{$}}
    # CHECK-NEXT: {{^}}                ^{{$}}
    x1 = objects(I, T, F, T
    return x1


def solve_unmatched(I):
    # CHECK: {{.*}}brackets.py:[[@LINE+1]]:19: error: unmatched ')'
    O = vmirror(I))
    return O


def solve_mismatched(I):
    # CHECK: {{.*}}brackets.py:[[@LINE+1]]:18: error: closing parenthesis ']' does not match opening parenthesis '('
    O = vmirror(I]
    return O


def solve_unclosed_before_def(I):
    # CHECK: {{.*}}brackets.py:[[@LINE+1]]:16: error: '(' was never closed
    O = hconcat((I, I)


def solve_after(I):
    O = vmirror(I)
    return O

# CHECK-NOT: error
# CHECK: 4 errors generated.
# CHECK: 1 solvers, {{.*}}, 4 skipped
