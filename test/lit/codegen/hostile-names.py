# RUN: %battc inspect --emit=cpp %s | FileCheck %s
# RUN: rm -rf %t.cache
# RUN: %battc compile %s -o %t --cache-dir %t.cache
# RUN: %t --tasks %shared/arc-data/arc-agi-1/training/007bbfb7.json --outputs %t.tsv --quiet
# RUN: FileCheck --check-prefix=OUTPUTS %s < %t.tsv
# Nothing from the input becomes C++ code. Solver names are string literals, so names that the
# generated code or C++ itself uses are harmless; source lines in comments are escaped, so that
# they can neither end the comment nor splice the next line into it (a trailing backslash).
from dsl import *
from constants import *


def namespace(I):
    # CHECK-DAG: // namespace ({{.*}}hostile-names.py:[[@LINE+1]]) x1 = vmirror(I)  # */ \x3f?= \x3f?/ "quote" \x5c{{$}}
    x1 = vmirror(I)  # */ ??= ??/ "quote" \
    # CHECK-DAG: // namespace ({{.*}}hostile-names.py:[[@LINE+1]]) O = hmirror(x1)  # caf\xc3\xa9 \x5c\x5cn{{$}}
    O = hmirror(x1)  # café \\n
    return O


def shard0(I):
    O = rot90(I)
    return O


def batt_program(I):
    O = rot180(I)
    return O


def main(I):
    O = rot270(I)
    return O


def kSolvers(S):
    O = dmirror(S)
    return O

# CHECK-LABEL: //--- program.cpp
# CHECK: const Solver kSolvers[] = {
# CHECK-NEXT: {"batt_program", {{[0-9]}}, "{{[0-9a-f]+}}", "",
# CHECK: {"kSolvers", {{[0-9]}}, "{{[0-9a-f]+}}", "",
# CHECK-NEXT: "def solve(S):\n"
# CHECK: {"main",
# CHECK: {"namespace",
# CHECK: {"shard0",

# Every name is back in the outputs, and namespace (hmirror of vmirror) computes what
# batt_program (rot180) does.
# OUTPUTS: {{^}}batt_program 007bbfb7 train 0 ok [[ROT180:[0-9a-f]+]] {{[0-9a-f]+}} 0{{$}}
# OUTPUTS-NEXT: {{^}}kSolvers 007bbfb7 train 0 ok
# OUTPUTS-NEXT: {{^}}main 007bbfb7 train 0 ok
# OUTPUTS-NEXT: {{^}}namespace 007bbfb7 train 0 ok [[ROT180]] {{[0-9a-f]+}} 0{{$}}
# OUTPUTS-NEXT: {{^}}shard0 007bbfb7 train 0 ok
