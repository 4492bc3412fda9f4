# Syntax errors name what was expected and what was found.
from dsl import *


def solve_colon(I)
    O = vmirror(I)
    return O


def (I):
    return I


def solve_argument(I):
    # CHECK: {{.*}}syntax-errors.py:[[@LINE+1]]:19: error: expected ',' or ')' after an argument, found 'I'
    O = hconcat(I I)
    return O


def solve_expression(I):
    # CHECK: {{.*}}syntax-errors.py:[[@LINE+1]]:20: error: expected an expression, found ','
    O = hconcat(I, , I)
    return O


def solve_end_of_line(I):
    # CHECK: {{.*}}syntax-errors.py:[[@LINE+1]]:20: error: expected end of line, found 'x'
    O = vmirror(I) x
    return O


def solve_keyword_as_value(I):
    # CHECK: {{.*}}syntax-errors.py:[[@LINE+1]]:17: error: expected an expression, found keyword 'if'
    O = vmirror(if)
    return O


def solve_parameters(I J):
    # CHECK: {{.*}}syntax-errors.py:[[@LINE-1]]:24: error: expected ',' or ')' in the parameter list, found 'J'
    return I


def solve_backslash(I):
    # CHECK: {{.*}}syntax-errors.py:[[@LINE+1]]:20: error: unexpected character after line continuation character
    O = vmirror(I) \ x
    return O


def solve_fine(I):
    O = vmirror(I)
    return O

