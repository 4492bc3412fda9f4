# RUN: %not %battc inspect %s 2>&1 | FileCheck %s
# Characters Python does not allow outside strings and comments. Comments and strings may hold
# any UTF-8: éàü €.
from dsl import *


def solve_dollar(I):
    # CHECK: {{.*}}invalid-characters.py:[[@LINE+1]]:20: error: invalid character '$' (U+0024)
    O = vmirror(I) $
    return O


def solve_euro(I):
    # Columns count bytes; the caret counts characters, so it lines up under the '€'.
    # CHECK: {{.*}}invalid-characters.py:[[@LINE+3]]:14: error: invalid character '€' (U+20AC)
    # CHECK-NEXT: {{^}}    """é""" €{{$}}
    # CHECK-NEXT: {{^}}            ^{{$}}
    """é""" €
    return I


def solve_question(I):
    # CHECK: {{.*}}invalid-characters.py:[[@LINE+1]]:19: error: invalid character '?' (U+003F)
    O = vmirror(I)?
    return O
