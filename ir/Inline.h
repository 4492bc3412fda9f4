// Inlining: a solver function becomes one root node, each variable replaced by the node of its
// value (a map from assignment to node; linear in the size of the function). The root is the
// solver's body (Op::Seq): every line that can raise, in program order, then the returned value,
// since CPython runs every line and the first that raises decides.
#pragma once

#include "frontend/Ast.h"
#include "ir/Context.h"
#include "ir/Solver.h"

namespace batt::ir {

// `fn` must have been resolved without errors.
Solver inlineSolver(const frontend::Function& fn, Context& context);

// A solver body: `lines` (in program order) then `result`. Lines that cannot raise (inputs
// other than parameters, constants, primitives) and repeated lines are left out; without any
// line left the body is `result` itself.
const Node* makeBody(Context& context, std::span<const Node* const> lines, const Node* result);

// Whether a leaf can raise when it is evaluated (a Raise node; a parameter after the first, which
// the one-input call leaves missing).
bool canRaise(const Node* node);

}  // namespace batt::ir
