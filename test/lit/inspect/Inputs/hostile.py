from dsl import *
from constants import *


def namespace(I):
    x1 = vmirror(I)  # */ ??= ??/ "quote" \
    O = hmirror(x1)  # café \\n
    return O


def kSolvers(S):
    O = dmirror(S)
    return O


def case(I):
    return I
