# RUN: %not %battc inspect %s 2>&1 | FileCheck %s
# RUN: %not %battc inspect --emit=ir %s 2>/dev/null | FileCheck %s --check-prefix=IR
# Unknown names as arguments: hints come from the variables in scope (ties: the first in
# alphabetical order), the parameters, the primitives and the constants. CPython raises NameError
# when the line runs: a warning, and the name compiles to that error. A Python builtin is an
# error (the solver is skipped, exit status 1): arc-dsl has its own primitives.
from dsl import *
from constants import *


def solve_constant(I):
    # CHECK: {{.*}}unknown-name.py:[[@LINE+1]]:20: warning: unknown name 'THRE'; did you mean 'THREE'?; the line raises NameError{{$}}
    O = upscale(I, THRE)
    return O


def solve_variable(I):
    x1 = vmirror(I)
    x2 = hmirror(x1)
    # CHECK: {{.*}}unknown-name.py:[[@LINE+1]]:21: warning: unknown name 'x7'; did you mean 'x2'?; the line raises NameError{{$}}
    O = hconcat(x1, x7)
    return O


def solve_bool(I):
    # CHECK: {{.*}}unknown-name.py:[[@LINE+1]]:26: warning: unknown name 'true'; did you mean 'True'?; the line raises NameError{{$}}
    O = objects(I, T, F, true)
    return O


def solve_builtin(I):
    # Python builtins are not arc-dsl primitives.
    # CHECK: {{.*}}unknown-name.py:[[@LINE+1]]:15: error: the Python builtin 'len' is not supported; arc-dsl has primitives (size, maximum, ...){{$}}
    O = apply(len, I)
    return O


def solve_other_solver(I):
    # In CPython a solver may call another function of its file; battc does not compile that.
    # CHECK: {{.*}}unknown-name.py:[[@LINE+1]]:15: error: 'solve_later' is a function of this file; solvers calling other functions are not supported{{$}}
    O = apply(solve_later, I)
    return O


# CHECK: 2 errors and 3 warnings generated.
# CHECK-NEXT: 4 solvers, 4 unique, 0 duplicate groups, {{.*}}, 2 skipped{{$}}

# IR-LABEL: solver solve_constant(I)
# IR-NEXT:    %0 = upscale(I, <raises NameError>)  ; O (line 13)
# IR-NEXT:    return %0
# IR-LABEL: solver solve_variable(I)
# IR-NEXT:    %0 = vmirror(I)  ; x1 (line 18)
# IR-NEXT:    %1 = hmirror(%0)  ; x2 (line 19)
# IR-NEXT:    %2 = hconcat(%0, <raises NameError>)  ; O (line 21)
# IR-NEXT:    lines %1  ; run in this order, the first error wins
# IR-NEXT:    return %2
# IR-LABEL: solver solve_bool(I)
# IR-NEXT:    %0 = objects(I, True, False, <raises NameError>)  ; O (line 27)
# IR-NOT:     solve_builtin
# IR-NOT:     solve_other_solver
# IR:         4 solvers,


def solve_later(I):
    return I
