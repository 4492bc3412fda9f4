# RUN: %not %battc inspect %s 2>&1 | FileCheck %s
# Malformed imports are syntax errors like any other (well-formed ones are ignored).
from dsl import *
# CHECK: {{.*}}import-errors.py:[[@LINE+1]]:16: error: expected 'import', found '*'
from constants *
# CHECK: {{.*}}import-errors.py:[[@LINE+1]]:7: error: expected a module name, found end of line
import
# CHECK: {{.*}}import-errors.py:[[@LINE+1]]:19: error: expected end of line after the import, found 'extra'
from dsl import * extra
# CHECK: {{.*}}import-errors.py:[[@LINE+1]]:12: error: expected a module name after '.', found '*'
import dsl.*


def solve_fine(I):
    O = upscale(I, THREE)
    return O

# CHECK: 4 errors generated.
# CHECK: 1 solvers, 1 unique
