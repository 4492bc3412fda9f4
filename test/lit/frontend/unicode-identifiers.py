# RUN: %not %battc inspect %s 2>&1 | FileCheck %s
# RUN: %not %battc inspect --emit=ast %s 2>/dev/null | FileCheck --check-prefix=AST %s
# Identifiers as Python 3.11 reads them (PEP 3131): XID_Start or '_' first, then XID_Continue;
# every later stage sees the NFKC form. Diagnostics quote the text as written; columns count bytes.
from dsl import *


# AST-LABEL: Function solve_été
# AST-SAME: <[[@LINE+1]]:5>
def solve_été(I):
    # AST: Assign x_ñ
    x_ñ = vmirror(I)
    # AST: Assign λόγος
    λόγος = hmirror(x_ñ)
    # AST: Assign 变量
    变量 = rot90(λόγος)
    # AST: Name 变量 <[[@LINE+1]]:12> local 2
    return 变量


# 'ﬁ' (U+FB01) is 'fi' after NFKC, and 'ｌ' (U+FF4C) is 'l': one variable, as in CPython.
# (Not `first`: that is the arc-dsl primitive, which a local named ﬁrst would shadow.)
# AST-LABEL: Function solve_ligature
def solve_ligature(I):
    # AST: Assign fill_color
    ﬁll_color = mostcolor(I)
    # AST: Name fill_color <[[@LINE+1]]:20> local 0
    O = replace(I, fiｌl_color, ZERO)
    return O


def solve_fi(I):
    return I


# CHECK: {{.*}}unicode-identifiers.py:[[@LINE+3]]:5: error: redefinition of 'solve_ﬁ' ('solve_fi' after NFKC normalization)
# CHECK-NEXT: {{^}}def solve_ﬁ(I):{{$}}
# CHECK: {{.*}}unicode-identifiers.py:[[@LINE-6]]:5: note: previous definition is here
def solve_ﬁ(I):
    return I


def solve_euro(I):
    # CHECK: {{.*}}unicode-identifiers.py:[[@LINE+3]]:10: error: invalid character '€' (U+20AC)
    # CHECK-NEXT: {{^}}    price€ = vmirror(I){{$}}
    # CHECK-NEXT: {{^}}         ^{{$}}
    price€ = vmirror(I)
    return I


def solve_emoji(I):
    # CHECK: {{.*}}unicode-identifiers.py:[[@LINE+1]]:5: error: invalid character '😀' (U+1F600)
    😀 = vmirror(I)
    return I


def solve_nbsp(I):
    # CHECK: {{.*}}unicode-identifiers.py:[[@LINE+1]]:7: error: invalid non-printable character U+00A0
    x1 = vmirror(I)
    return I


def solve_superscript(I):
    # '¹' is not XID_Continue: CPython rejects x¹ (it does not read it as x1).
    # CHECK: {{.*}}unicode-identifiers.py:[[@LINE+1]]:6: error: invalid character '¹' (U+00B9)
    x¹ = vmirror(I)
    return I


# 'e' + U+0301 COMBINING ACUTE ACCENT is 'é' (U+00E9) after NFKC: one variable, as in CPython.
# AST-LABEL: Function solve_combining
def solve_combining(I):
    # AST: Assign é <[[@LINE+1]]:5>
    é = vmirror(I)
    # AST: Name é <[[@LINE+1]]:12> local 0
    return é


def solve_keyword(I):
    # CHECK: {{.*}}unicode-identifiers.py:[[@LINE+1]]:5: error: 'Ｎｏｎｅ' is the keyword 'None' after NFKC normalization; battc does not accept it as a name
    Ｎｏｎｅ = vmirror(I)
    return I

# CHECK: 4 solvers, {{.*}}, 6 skipped
