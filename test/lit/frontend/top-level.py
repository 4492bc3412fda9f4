# RUN: %not %battc inspect %s 2>&1 | FileCheck %s
"""A module docstring is fine; other module-level statements are not."""
from dsl import *

# CHECK: {{.*}}top-level.py:[[@LINE+1]]:1: error: only imports and function definitions are allowed at module level
N = 3

# CHECK: {{.*}}top-level.py:[[@LINE+1]]:1: error: only imports and function definitions are allowed at module level
if __name__ == "__main__":
    print(solve_fine(((0,),)))

# CHECK: {{.*}}top-level.py:[[@LINE+1]]:1: error: only imports and function definitions are allowed at module level
@decorator
def solve_fine(I):
    O = vmirror(I)
    return O

# The decorated definition itself still compiles.
# CHECK: 3 errors generated.
# CHECK: 1 solvers, 1 unique, 0 duplicate groups, 1 call nodes
