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


def solve_bad_builtin(I):
    # CHECK: {{.*}}recovery.py:[[@LINE+1]]:17: error: the Python builtin 'len' is not supported; arc-dsl has primitives (size, maximum, ...){{$}}
    O = vmirror(len(I))
    return O


def solve_warning(I):
    # A warning does not skip the solver.
    # CHECK: {{.*}}recovery.py:[[@LINE+1]]:9: warning: unknown primitive 'hmirorr'; did you mean 'hmirror'?; the line raises NameError{{$}}
    O = hmirorr(I)
    return O


def solve_good_3(I):
    O = rot90(I)
    return O

