# RUN: %battc inspect --emit=ir %s | FileCheck %s
# RUN: %battc inspect --emit=ir --disable-pass=normalize %s | FileCheck %s --check-prefix=OFF
# identity(x) is x itself in CPython (dsl.identity returns its argument): normalize drops it,
# so these solvers are duplicates. --disable-pass=normalize keeps the calls.
from dsl import *


def solve_wrapped(I):
    x1 = identity(I)
    x2 = vmirror(x1)
    O = identity(x2)
    return O


def solve_plain(I):
    O = vmirror(I)
    return O

# CHECK: solver solve_wrapped(I) hash [[H:[0-9a-f]+]]
# CHECK-NEXT:    %0 = vmirror(I)
# CHECK-NEXT:    return %0
# CHECK: solver solve_plain(I) hash [[H]]
# CHECK: 2 solvers, 1 unique, 1 duplicate groups, 1 call nodes

# OFF-LABEL: solver solve_wrapped(I)
# OFF-NEXT:    %0 = identity(I)
# OFF-NEXT:    %1 = vmirror(%0)
# OFF-NEXT:    %2 = identity(%1)
# OFF: 2 solvers, 2 unique, 0 duplicate groups, 4 call nodes
