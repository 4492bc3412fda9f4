# Object-level solvers: crop, count and recolour objects. Written for battc's default run.
from dsl import *
from constants import *


def solve_largest_object(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    O = subgrid(x2, I)
    return O


def solve_smallest_object(I):
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, size)
    O = subgrid(x2, I)
    return O


def solve_largest_multicolour(I):
    x1 = objects(I, F, T, T)
    x2 = argmax(x1, size)
    O = subgrid(x2, I)
    return O


def solve_least_colour_object(I):
    x1 = leastcolor(I)
    x2 = objects(I, T, F, T)
    x3 = colorfilter(x2, x1)
    x4 = first(x3)
    O = subgrid(x4, I)
    return O


def solve_fill_enclosed(I):
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = rbind(bordering, I)
    x4 = compose(flip, x3)
    x5 = mfilter(x2, x4)
    O = fill(I, FOUR, x5)
    return O


def solve_recolour_largest(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    x3 = recolor(ONE, x2)
    O = paint(I, x3)
    return O


def solve_outline_objects(I):
    x1 = objects(I, T, F, T)
    x2 = mapply(delta, x1)
    O = fill(I, TWO, x2)
    return O


def solve_frontier_lines(I):
    x1 = ofcolor(I, ONE)
    x2 = mapply(hfrontier, x1)
    O = underfill(I, ONE, x2)
    return O


def solve_swap_two_colours(I):
    x1 = palette(I)
    x2 = mostcolor(I)
    x3 = remove(x2, x1)
    x4 = first(x3)
    x5 = other(x3, x4)
    O = switch(I, x4, x5)
    return O
