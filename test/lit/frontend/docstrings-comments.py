# RUN: %battc inspect --emit=ir %s 2>&1 | FileCheck %s
"""Module docstring."""
# Comments, blank lines (with trailing spaces), docstrings and implicit string concatenation.
from dsl import *   # trailing comment
from constants import *

  
def solve_documented(I):  # comment after the header
    """One line."""
    # a comment line
    O = vmirror(I)  # trailing comment

    return O


def solve_long_docstring(I):
    '''Several
    lines, with 'quotes' and "quotes" and \''' escapes.
    '''
    O = hmirror(I)
    return O


def solve_concatenated(I):
    r"raw" u'unicode' """triple"""
    O = rot90(I)
    return O

# CHECK-NOT: error
# CHECK-NOT: warning
# CHECK-LABEL: solver solve_documented(I)
# CHECK-NEXT:    %0 = vmirror(I)
# CHECK-NEXT:    return %0
# CHECK-LABEL: solver solve_long_docstring(I)
# CHECK-NEXT:    %0 = hmirror(I)
# CHECK-LABEL: solver solve_concatenated(I)
# CHECK-NEXT:    %0 = rot90(I)
# CHECK: 3 solvers, 3 unique, 0 duplicate groups, 3 call nodes
