from dsl import *
from constants import *


def solve_9172f3a0(I):
    O = upscale(I, THREE)
    return O
