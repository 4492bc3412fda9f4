# RUN: %battc inspect --emit=ir %s 2>&1 | FileCheck %s
# RUN: %not %battc inspect --emit=ir --werror %s 2>&1 | FileCheck %s --check-prefix=WERROR
# An unknown name is what CPython raises NameError for when the line runs: a warning (exit status
# 0), and the name compiles to '<raises NameError>'; the lines before it still run first. With
# --werror the warning is an error and nothing is printed.
from dsl import *


def solve_argument(I):
    x1 = vmirror(I)
    # CHECK: {{.*}}runtime-name-errors.py:[[@LINE+2]]:21: warning: unknown name 'x7'; did you mean 'x1'?; the line raises NameError{{$}}
    # WERROR: {{.*}}runtime-name-errors.py:[[@LINE+1]]:21: error: unknown name 'x7'; did you mean 'x1'?; the line raises NameError [-Werror]{{$}}
    O = hconcat(x1, x7)
    return O


def solve_callee(I):
    # CHECK: {{.*}}runtime-name-errors.py:[[@LINE+2]]:9: warning: unknown primitive 'vmiror'; did you mean 'vmirror'?; the line raises NameError{{$}}
    # WERROR: {{.*}}runtime-name-errors.py:[[@LINE+1]]:9: error: unknown primitive 'vmiror'; did you mean 'vmirror'?; the line raises NameError [-Werror]{{$}}
    O = vmiror(I)
    return O

# CHECK: 2 warnings generated.
# CHECK-LABEL: solver solve_argument(I)
# CHECK-NEXT:    %0 = vmirror(I)  ; x1 (line 10)
# CHECK-NEXT:    %1 = hconcat(%0, <raises NameError>)  ; O (line 13)
# CHECK-NEXT:    return %1
# (No 'lines': x1 is the first thing the walk of O runs, before the NameError.)
# CHECK-LABEL: solver solve_callee(I)
# CHECK-NEXT:    %0 = call <raises NameError>(I)  ; O (line 20)
# CHECK-NEXT:    return %0
# CHECK-NEXT:  2 solvers, 2 unique, 0 duplicate groups,

# WERROR: 2 errors generated.
# WERROR-NOT: solver
