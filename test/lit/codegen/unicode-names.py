# RUN: %battc inspect --emit=cpp %s | FileCheck %s
# RUN: rm -rf %t && mkdir -p %t
# RUN: %battc compile %s -o %t/batt --cache-dir %t/cache
# RUN: %t/batt --tasks %shared/arc-data/arc-agi-1/training/007bbfb7.json --outputs %t/compiled.tsv --quiet
# RUN: %battc run --interpret %s --tasks %shared/arc-data/arc-agi-1/training/007bbfb7.json --outputs %t/interpreted.tsv --quiet
# RUN: diff %t/compiled.tsv %t/interpreted.tsv
# RUN: FileCheck --check-prefix=OUTPUTS %s < %t/compiled.tsv
# Names from the input never become C++ identifiers, whatever their letters: non-ASCII names are
# octal-escaped bytes in string literals and \xNN in comments; names that are C++ keywords, as
# written or only after NFKC ('ｎamespace' is 'namespace'), are just strings.
from dsl import *


def solve_été(I):
    # CHECK-DAG: // solve_\xc3\xa9t\xc3\xa9 ({{.*}}unicode-names.py:[[@LINE+1]]) x_\xc3\xb1 = vmirror(I){{$}}
    x_ñ = vmirror(I)
    return x_ñ


def int(I):
    O = hmirror(I)
    return O


def ｎamespace(I):
    # 'ﬁnal' and 'final' are one variable: the comment shows each line as written.
    # CHECK-DAG: // namespace ({{.*}}unicode-names.py:[[@LINE+1]]) \xef\xac\x81nal = rot90(I){{$}}
    ﬁnal = rot90(I)
    O = dmirror(final)
    return O


def ｔｅｍｐｌａｔｅ(I):
    O = rot180(I)
    return O

# CHECK-LABEL: //--- program.cpp
# CHECK-DAG: {"int",
# CHECK-DAG: {"namespace",
# CHECK-DAG: {"solve_\303\251t\303\251",
# CHECK-DAG: {"template",

# OUTPUTS-DAG: int 007bbfb7 train 0 ok
# OUTPUTS-DAG: namespace 007bbfb7 train 0 ok
# OUTPUTS-DAG: solve_été 007bbfb7 train 0 ok
# OUTPUTS-DAG: template 007bbfb7 train 0 ok
