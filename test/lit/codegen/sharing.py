# RUN: %battc inspect --emit=cpp %s | FileCheck %s
# RUN: %battc inspect --emit=cpp %s | FileCheck --check-prefix=ONCE %s
# A subexpression common to several solvers is one node, evaluated by one line of C++ to which
# every user refers by its number; the same holds within a solver and for inline calls.
from dsl import *
from constants import *


def solve_count(I):
    # CHECK-LABEL: //--- shard0.cpp
    # CHECK: // solve_count ({{.*}}sharing.py:[[@LINE+2]]) x1 = objects(I, T, F, T); and 2 more solvers
    # CHECK-NEXT: case {{[0-9]+}}: return eval(b, [[OBJECTS:[0-9]+]], rt::prim::objects_, [[I:[0-9]+]], [[T:[0-9]+]], [[F:[0-9]+]], [[T]]);
    x1 = objects(I, T, F, T)
    # CHECK-DAG: // solve_count ({{.*}}sharing.py:[[@LINE+2]]) x2 = size(x1)
    # CHECK-DAG: eval(b, [[SIZE:[0-9]+]], rt::prim::size_, [[OBJECTS]]);
    x2 = size(x1)
    # CHECK-DAG: // solve_count ({{.*}}sharing.py:[[@LINE+2]]) O = add(x2, x2)
    # CHECK-DAG: eval(b, {{[0-9]+}}, rt::prim::add_, [[SIZE]], [[SIZE]]);
    O = add(x2, x2)
    return O


def solve_colors(I):
    x1 = objects(I, T, F, T)
    # CHECK-DAG: // solve_colors ({{.*}}sharing.py:[[@LINE+2]]) O = colorfilter(x1, ONE)
    # CHECK-DAG: eval(b, {{[0-9]+}}, rt::prim::colorfilter_, [[OBJECTS]], {{[0-9]+}});
    O = colorfilter(x1, ONE)
    return O


def solve_nested(I):
    # CHECK-DAG: // solve_nested ({{.*}}sharing.py:[[@LINE+2]]) O = argmax(objects(I, T, F, T), size)
    # CHECK-DAG: eval(b, {{[0-9]+}}, rt::prim::argmax_, [[OBJECTS]], {{[0-9]+}});
    O = argmax(objects(I, T, F, T), size)
    return O

# CHECK-LABEL: //--- program.cpp
# Inputs and constants are leaves of the program table, shared the same way.
# CHECK: const Constant kConstants[] = {
# CHECK-NEXT: {Constant::Bool, 1},
# CHECK-NEXT: {Constant::Bool, 0},
# CHECK-NEXT: {Constant::Int, 1},
# CHECK-NEXT: };
# CHECK: const Leaf kLeaves[] = {
# CHECK-NEXT: {Leaf::Input, {{[0-9]+}}, 0},
# CHECK-NEXT: {Leaf::Const, {{[0-9]+}}, 0},  // True
# CHECK-NEXT: {Leaf::Const, {{[0-9]+}}, 1},  // False
# CHECK-NEXT: {Leaf::Const, {{[0-9]+}}, 2},  // 1
# CHECK-NEXT: {Leaf::PrimRef, {{[0-9]+}}, {{[0-9]+}}},  // size
# CHECK-NEXT: };
# CHECK: 3 solvers, 3 unique, 0 duplicate groups, 5 call nodes, 5 leaves, max depth 3, 1 shared calls

# ONCE-COUNT-1: rt::prim::objects_
# ONCE-NOT: rt::prim::objects_
