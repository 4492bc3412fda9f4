// The interface between generated batt code and the BATT host program (batt_main.cpp): the
// generated translation units define batt_program(), the host links them with the runtime and
// runs the program with the options of runtime/run.h.
#pragma once
#include <cstdint>
#include <span>
#include <vector>

#include "runtime/executor.h"
#include "runtime/outcome.h"

namespace batt::rt {

inline constexpr uint32_t kBattAbiVersion = 2;

struct BattSolver {
  const char* name;          // as in the solver file
  uint32_t unique;           // index of the unique body that runs for it
  const char* body_hash;     // 16 hex digits
  const char* duplicate_of;  // "" for the first solver of a body
  const char* source;        // the solver in arc-dsl form (for the store)
};

// out[k][s]: unique solver s on inputs[k] (see EvaluateFn).
using BattEvaluate = void (*)(std::span<const Value> inputs, const RunOptions& options,
                              std::vector<std::vector<Outcome>>& out);

struct BattProgram {
  uint32_t abi_version;  // kBattAbiVersion
  uint32_t num_solvers;
  const BattSolver* solvers;  // sorted by name
  uint32_t num_unique;
  uint32_t dag_nodes;
  BattEvaluate evaluate;
  uint32_t num_nodes;  // nodes of the fused DAG: what a profile is indexed by (ABI 2)
};

}  // namespace batt::rt

// Defined by the generated program (codegen/batt_gen.cpp, linked into every BATT program).
extern "C" const batt::rt::BattProgram* batt_program();
