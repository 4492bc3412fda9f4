# RUN: %not %battc inspect %s 2>&1 | FileCheck %s
# Constants and literals cannot be called.
from dsl import *
from constants import *


def solve_constant(I):
    # CHECK: {{.*}}not-callable.py:[[@LINE+1]]:9: error: 'ONE' is a constant, not a function
    O = ONE(I)
    return O


def solve_integer(I):
    # CHECK: {{.*}}not-callable.py:[[@LINE+1]]:9: error: an integer literal is not callable
    O = 1(I)
    return O


def solve_bool(I):
    # CHECK: {{.*}}not-callable.py:[[@LINE+1]]:9: error: a boolean literal is not callable
    O = True(I)
    return O


def solve_tuple(I):
    # CHECK: {{.*}}not-callable.py:[[@LINE+1]]:9: error: a tuple is not callable
    O = (1, 2)(I)
    return O
