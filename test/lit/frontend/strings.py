# RUN: %not %battc inspect %s 2>&1 | FileCheck %s
# Strings are only docstrings; unterminated ones are reported where they start.
from dsl import *


def solve_unterminated(I):
    # CHECK: {{.*}}strings.py:[[@LINE+1]]:10: error: unterminated string literal (detected at line [[@LINE+1]])
    x1 = 'abc
    return I


def solve_docstring_later(I):
    O = vmirror(I)
    # CHECK: {{.*}}strings.py:[[@LINE+1]]:5: error: string literals are not supported; a string may only be a docstring
    """Not a docstring: not the first statement."""
    return O


def solve_fine(I):
    O = vmirror(I)
    return O


def solve_unterminated_docstring(I):
    # CHECK: {{.*}}strings.py:[[@LINE+1]]:5: error: unterminated triple-quoted string literal (detected at line {{[0-9]+}})
    """Never closed.
    return I

# CHECK: 3 errors generated.
# CHECK: 1 solvers, {{.*}}, 3 skipped
