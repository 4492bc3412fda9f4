# Integer literals are decimal and fit in 64 bits; arc-dsl has no floats.
from dsl import *


def solve_float(I):
    # CHECK: {{.*}}numbers.py:[[@LINE+1]]:20: error: unsupported number literal '1.5'; only decimal integers are allowed
    O = upscale(I, 1.5)
    return O


def solve_hex(I):
    # CHECK: {{.*}}numbers.py:[[@LINE+1]]:20: error: unsupported number literal '0x10'; only decimal integers are allowed
    O = upscale(I, 0x10)
    return O


def solve_leading_zero(I):
    # CHECK: {{.*}}numbers.py:[[@LINE+1]]:20: error: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers
    O = upscale(I, 010)
    return O


def solve_too_large(I):
    # CHECK: {{.*}}numbers.py:[[@LINE+1]]:20: error: integer literal '9223372036854775808' does not fit in 64 bits
    O = upscale(I, 9223372036854775808)
    return O


def solve_fine(I):
    # Underscores and the largest 64-bit integer are fine.
    O = upscale(I, 9_223_372_036_854_775_807)
    return O

