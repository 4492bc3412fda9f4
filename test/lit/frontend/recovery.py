# RUN: %not %battc inspect %s 2>&1 | FileCheck %s
# A bad solver is reported and skipped; every other solver compiles. The driver exits 1.
from dsl import *
from constants import *


def solve_good_1(I):
    O = vmirror(I)
    return O


def solve_bad_syntax(I):
    # CHECK: {{.*}}recovery.py:[[@LINE+1]]:19: error: expected ',' or ')' after an argument, found 'I'
    O = vmirror(I I)


def solve_good_2(I):
    O = hmirror(I)
    return O


def solve_bad_name(I):
    # CHECK: {{.*}}recovery.py:[[@LINE+1]]:9: error: unknown primitive 'hmirorr'; did you mean 'hmirror'?
    O = hmirorr(I)
    return O


def solve_good_3(I):
    O = rot90(I)
    return O

# CHECK: 2 errors generated.
# CHECK: 3 solvers, 3 unique, 0 duplicate groups, 3 call nodes, 1 leaves, max depth 1, 0 shared calls, 2 skipped
