# RUN: %battc inspect --emit=ir %s | FileCheck %s
# RUN: %battc inspect --emit=ir %s %shared/arc-dsl/solvers.py | FileCheck %s
# Body hashes are a function of the normalized structure alone: not of names, node numbering or
# the other solvers compiled alongside. (solve_67a3c6ac in solvers.py is vmirror(I) too.)
from dsl import *


def solve_mirror(Grid):
    flipped = vmirror(Grid)
    return flipped

# CHECK: solver solve_mirror(Grid) hash c3db97e244b345db
