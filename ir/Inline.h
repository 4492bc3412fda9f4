// Inlining: a solver function becomes one root node, each variable replaced by the node of its
// value (a map from assignment to node; linear in the size of the function). Assignments the
// return does not depend on are dropped: batt evaluates on demand.
#pragma once

#include "frontend/Ast.h"
#include "ir/Context.h"
#include "ir/Solver.h"

namespace batt::ir {

// `fn` must have been resolved without errors.
Solver inlineSolver(const frontend::Function& fn, Context& context);

}  // namespace batt::ir
