// The DAG interpreter: runs a fused solver set (rt::Program) on a batch of inputs without
// generating C++. Each node is evaluated once per input; a node that raises makes exactly the
// solvers depending on it fail, with its exception. The zero-compile mode for quick search loops,
// and the second path every test of the compiled batt compares against.
#pragma once
#include <span>
#include <vector>

#include "runtime/executor.h"
#include "runtime/outcome.h"
#include "runtime/program.h"

namespace batt::interp {

// out[k][s] = the outcome of unique solver s (program.roots[s]) on inputs[k]. With an
// options.profile (sized program.nodes.size()), every evaluated node is counted in it, by the
// same numbers the compiled batt counts it (runtime/profile.h).
void evaluate(const rt::Program& program, std::span<const rt::Value> inputs,
              const rt::RunOptions& options, std::vector<std::vector<rt::Outcome>>& out);

}  // namespace batt::interp
