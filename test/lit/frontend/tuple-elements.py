# RUN: %not %battc inspect %s 2>&1 | FileCheck %s
# Tuple literals are constants: their elements are integers, True, False, named constants or
# tuples of those.
from dsl import *
from constants import *


def solve_variable(I):
    x1 = size(I)
    # CHECK: {{.*}}tuple-elements.py:[[@LINE+1]]:19: error: tuple elements must be constants (integers, True, False, named constants or tuples of them)
    O = shift(I, (x1, 0))
    return O


def solve_call(I):
    # CHECK: {{.*}}tuple-elements.py:[[@LINE+1]]:22: error: tuple elements must be constants
    O = shift(I, (0, size(I)))
    return O


def solve_primitive(I):
    # CHECK: {{.*}}tuple-elements.py:[[@LINE+1]]:27: error: tuple elements must be constants
    O = shift(I, ((0, 1), vmirror))
    return O


def solve_parameter(I):
    # CHECK: {{.*}}tuple-elements.py:[[@LINE+1]]:19: error: tuple elements must be constants
    O = shift(I, (I,))
    return O


def solve_constants(I):
    # Named constants are constants: no diagnostic.
    O = shift(I, (ONE, NEG_TWO))
    return O

# CHECK: 1 solvers, {{.*}}, 4 skipped
