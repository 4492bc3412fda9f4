// The DAG interpreter: runs a fused solver set (rt::Program) on one input without generating
// C++. Each node is evaluated once; a node that raises makes exactly the solvers depending on it
// fail, with its exception. The zero-compile mode for quick search loops, and the second path
// every test of the compiled batt compares against.
#pragma once
#include <vector>

#include "runtime/executor.h"
#include "runtime/outcome.h"
#include "runtime/program.h"

namespace batt::interp {

// out[k] = the outcome of unique solver k (program.roots[k]) on `input`.
void evaluate(const rt::Program& program, const rt::Value& input, const rt::RunOptions& options,
              std::vector<rt::Outcome>& out);

}  // namespace batt::interp
