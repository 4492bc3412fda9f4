// Normalization: rewrites that provably keep every CPython result (value, error or object
// identity) the same. Constants are already by value (the Context interns T and True as one node,
// ONE and 1 as one node). This pass adds:
//   identity(x)        -> x                dsl.identity returns its argument itself
//   call f(a...) where f is a primitive value of matching arity -> f(a...)
//                                          the same call, now with its arity known statically
// A node that does not change stays the same pointer.
#pragma once

#include <span>

#include "ir/Context.h"
#include "ir/Solver.h"

namespace batt::ir {

void normalize(std::span<Solver> solvers, Context& context);

}  // namespace batt::ir
