# Arguments are names, integer literals, True/False/None, tuples and calls: Python's other
# expressions are reported where they start.
from dsl import *


def solve_operator(I):
    # CHECK: {{.*}}unsupported-expressions.py:[[@LINE+1]]:18: error: operator '+' is not supported; arc-dsl has primitives for arithmetic and comparison (add, equality, ...)
    x1 = add(ONE + TWO, 1)
    return x1


def solve_comparison(I):
    # CHECK: {{.*}}unsupported-expressions.py:[[@LINE+1]]:12: error: operator '==' is not supported
    x1 = I == I
    return x1


def solve_minus(I):
    # CHECK: {{.*}}unsupported-expressions.py:[[@LINE+1]]:10: error: unary '-' is only supported directly before an integer literal
    x1 = -ONE
    return x1


def solve_lambda(I):
    # CHECK: {{.*}}unsupported-expressions.py:[[@LINE+1]]:16: error: lambda expressions are not supported
    x1 = apply(lambda x: x, I)
    return x1


def solve_subscript(I):
    # CHECK: {{.*}}unsupported-expressions.py:[[@LINE+1]]:11: error: subscripts are not supported
    x1 = I[0]
    return x1


def solve_attribute(I):
    # CHECK: {{.*}}unsupported-expressions.py:[[@LINE+1]]:13: error: attribute access is not supported
    x1 = dsl.vmirror(I)
    return x1


def solve_keyword_argument(I):
    # CHECK: {{.*}}unsupported-expressions.py:[[@LINE+1]]:20: error: keyword arguments are not supported
    x1 = valmax(I, compfunc=size)
    return x1


def solve_starred(I):
    # CHECK: {{.*}}unsupported-expressions.py:[[@LINE+1]]:18: error: starred arguments are not supported
    x1 = hconcat(*I)
    return x1


def solve_conditional(I):
    # CHECK: {{.*}}unsupported-expressions.py:[[@LINE+1]]:21: error: conditional expressions are not supported; use branch()
    x1 = vmirror(I) if I else I
    return x1


def solve_comprehension(I):
    # CHECK: {{.*}}unsupported-expressions.py:[[@LINE+1]]:18: error: comprehensions are not supported
    x1 = tuple(r for r in I)
    return x1


def solve_list(I):
    # CHECK: {{.*}}unsupported-expressions.py:[[@LINE+1]]:21: error: list displays are not supported; use a tuple
    x1 = hconcat(I, [I])
    return x1


def solve_dict(I):
    # CHECK: {{.*}}unsupported-expressions.py:[[@LINE+1]]:10: error: set and dict displays are not supported
    x1 = {1: 2}
    return x1


def solve_string(I):
    # CHECK: {{.*}}unsupported-expressions.py:[[@LINE+1]]:22: error: string literals are not supported; a string may only be a docstring
    x1 = equality(I, "grid")
    return x1


def solve_not(I):
    # CHECK: {{.*}}unsupported-expressions.py:[[@LINE+1]]:10: error: operator 'not' is not supported
    x1 = not I
    return x1


def solve_and(I):
    # CHECK: {{.*}}unsupported-expressions.py:[[@LINE+1]]:12: error: operator 'and' is not supported
    x1 = I and I
    return x1

