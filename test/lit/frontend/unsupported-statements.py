# RUN: %not %battc inspect %s 2>&1 | FileCheck %s
# A solver is straight-line code: every other kind of statement is reported, and its solver
# skipped up to the next definition in column 1.
from dsl import *


def solve_if(I):
    # CHECK: {{.*}}unsupported-statements.py:[[@LINE+1]]:5: error: 'if' statements are not supported; a solver is a sequence of assignments ending with a return
    if I:
        O = vmirror(I)
    return O


def solve_for(I):
    # CHECK: {{.*}}unsupported-statements.py:[[@LINE+1]]:5: error: 'for' statements are not supported
    for x in I:
        pass
    return I


def solve_while(I):
    # CHECK: {{.*}}unsupported-statements.py:[[@LINE+1]]:5: error: 'while' statements are not supported
    while I:
        break
    return I


def solve_try(I):
    # CHECK: {{.*}}unsupported-statements.py:[[@LINE+1]]:5: error: 'try' statements are not supported
    try:
        O = vmirror(I)
    except Exception:
        O = I
    return O


def solve_with(I):
    # CHECK: {{.*}}unsupported-statements.py:[[@LINE+1]]:5: error: 'with' statements are not supported
    with I:
        pass
    return I


def solve_pass(I):
    # CHECK: {{.*}}unsupported-statements.py:[[@LINE+1]]:5: error: 'pass' statements are not supported
    pass
    return I


def solve_global(I):
    # CHECK: {{.*}}unsupported-statements.py:[[@LINE+1]]:5: error: 'global' statements are not supported
    global G
    return I


def solve_raise(I):
    # CHECK: {{.*}}unsupported-statements.py:[[@LINE+1]]:5: error: 'raise' statements are not supported
    raise ValueError
    return I


def solve_nested_def(I):
    # CHECK: {{.*}}unsupported-statements.py:[[@LINE+1]]:5: error: nested function definitions are not supported
    def helper(x):
        return x
    return I


def solve_class(I):
    # CHECK: {{.*}}unsupported-statements.py:[[@LINE+1]]:5: error: class definitions are not supported
    class C:
        pass
    return I


def solve_import(I):
    # CHECK: {{.*}}unsupported-statements.py:[[@LINE+1]]:5: error: imports inside functions are not supported
    import dsl
    return I


def solve_expression_statement(I):
    # CHECK: {{.*}}unsupported-statements.py:[[@LINE+1]]:5: error: expression statement: its value would be discarded; assign it to a variable
    vmirror(I)
    return I


def solve_fine(I):
    O = vmirror(I)
    return O

# CHECK: 12 errors generated.
# CHECK: 1 solvers, {{.*}}, 12 skipped
