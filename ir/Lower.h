// Lowering: the fused DAG of an ir::Program as the runtime's rt::Program (what the DAG
// interpreter evaluates and codegen emits), and the solver table of a run (names, duplicate
// groups, body hashes, each unique body as an arc-dsl solver for the store).
#pragma once

#include "ir/Pipeline.h"
#include "runtime/program.h"
#include "runtime/run.h"

namespace batt::ir {

// Constants become immortal runtime values. Node k of the result is node k of program.dag.
rt::Program lowerToRuntime(const Program& program);

// Every compiled solver, sorted by name; `unique` numbers the unique bodies in the order of
// rt::Program::roots.
rt::ProgramInfo runtimeSolverTable(const Program& program);

}  // namespace batt::ir
