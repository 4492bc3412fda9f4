# RUN: %not %battc inspect %s 2>&1 | FileCheck %s
# Indentation follows CPython's rules (IndentationError and TabError there).
from dsl import *
# CHECK: {{.*}}indentation.py:[[@LINE+1]]:5: error: unexpected indent
    from constants import *


def solve_unindent(I):
    O = vmirror(I)
  # CHECK: {{.*}}indentation.py:[[@LINE+1]]:3: error: unindent does not match any outer indentation level
  return O


def solve_indent(I):
    O = vmirror(I)
    # CHECK: {{.*}}indentation.py:[[@LINE+1]]:9: error: unexpected indent
        return O


def solve_tabs(I):
	O = vmirror(I)
    # CHECK: {{.*}}indentation.py:[[@LINE+1]]:9: error: inconsistent use of tabs and spaces in indentation
        return O


def solve_empty(I):
# CHECK: {{.*}}indentation.py:[[@LINE+1]]:1: error: expected an indented block after function definition on line [[@LINE-1]]
return I



def solve_fine(I):
    O = vmirror(I)
    return O

# CHECK: 5 errors generated.
# CHECK: 1 solvers, {{.*}}, 4 skipped
