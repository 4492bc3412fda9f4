# RUN: %battc inspect %s 2>&1 | FileCheck %s
# RUN: %not %battc inspect --werror %s 2>&1 | FileCheck %s --check-prefix=WERROR
# A local name may shadow a primitive or a constant (Python allows it); battc warns. Warnings
# leave the exit status 0; --werror turns them into errors and stops before any output.
from dsl import *
from constants import *


# CHECK: {{.*}}shadowing.py:[[@LINE+2]]:21: warning: parameter 'color' shadows the primitive 'color'
# WERROR: {{.*}}shadowing.py:[[@LINE+1]]:21: error: parameter 'color' shadows the primitive 'color' [-Werror]
def solve_shadow(I, color):
    # CHECK: {{.*}}shadowing.py:[[@LINE+1]]:5: warning: variable 'ONE' shadows the constant 'ONE'
    ONE = size(I)
    # The shadowing variable is used, not the constant.
    O = upscale(I, ONE)
    return O

# CHECK: 2 warnings generated.
# CHECK: 1 solvers, 1 unique, 0 duplicate groups, 2 call nodes
# WERROR: 2 errors generated.
# WERROR-NOT: solvers
