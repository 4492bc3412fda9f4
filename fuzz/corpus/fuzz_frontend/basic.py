# Whole-grid transformations and recolourings: a small solver set written for battc's default run.
# Each is an arc-dsl solver (straight-line calls over the primitives of dsl.py).
from dsl import *
from constants import *


def solve_identity(I):
    return I


def solve_rot90(I):
    O = rot90(I)
    return O


def solve_rot180(I):
    O = rot180(I)
    return O


def solve_rot270(I):
    O = rot270(I)
    return O


def solve_hmirror(I):
    O = hmirror(I)
    return O


def solve_vmirror(I):
    O = vmirror(I)
    return O


def solve_dmirror(I):
    O = dmirror(I)
    return O


def solve_cmirror(I):
    O = cmirror(I)
    return O


def solve_upscale2(I):
    O = upscale(I, TWO)
    return O


def solve_upscale3(I):
    O = upscale(I, THREE)
    return O


def solve_downscale3(I):
    O = downscale(I, THREE)
    return O


def solve_mirror_right(I):
    x1 = vmirror(I)
    O = hconcat(I, x1)
    return O


def solve_mirror_down(I):
    x1 = hmirror(I)
    O = vconcat(I, x1)
    return O


def solve_tile_2x2(I):
    x1 = hconcat(I, I)
    O = vconcat(x1, x1)
    return O


def solve_compress(I):
    O = compress(I)
    return O


def solve_trim(I):
    O = trim(I)
    return O
