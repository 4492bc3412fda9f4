# RUN: %battc inspect --emit=types %s | FileCheck %s
# matcher(f, target) is x -> f(x) == target: Boolean, or Never where f(x) always raises.
from dsl import *
from constants import *


def solve_matcher(I):
    x1 = objects(I, T, F, T)
    x2 = matcher(size, ONE)
    x3 = sfilter(x1, x2)
    x4 = x2(I)
    x5 = x2(ONE)
    x6 = astuple(x3, x4)
    x7 = astuple(x6, x5)
    return x7

# CHECK-LABEL: solver solve_matcher(I)
# CHECK-DAG:     = matcher(size, 1) : Callable{{\[\[}}Any], Boolean] {matcher}  ; x2, matcher.py:9
# CHECK-DAG:     = sfilter(%{{[0-9]+}}, %{{[0-9]+}}) : Objects  ; x3, matcher.py:10
# CHECK-DAG:     = call %{{[0-9]+}}(I) : Boolean  ; x4, matcher.py:11
# CHECK-DAG:     = call %{{[0-9]+}}(1) : Never  ; x5, matcher.py:12
