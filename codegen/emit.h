// The fused DAG as C++: one file per shard (codegen/shard.h), each a function evaluating its
// nodes in dependency order, one line per node over the whole batch of inputs, under a comment
// naming the solver line it implements; and one file holding the program table (solvers,
// constants, leaves, shards, roots) as data. Both compile against codegen/batt_gen.h only.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/program.h"
#include "runtime/run.h"

namespace batt::codegen {

struct EmitOptions {
  uint32_t shards = 0;  // shard count; 0: default_shard_count()
};

struct SourceFile {
  std::string name;  // shard<k>.cpp or program.cpp
  std::string text;
};

struct Emitted {
  std::vector<SourceFile> files;    // the non-empty shards in run order, then program.cpp
  std::vector<std::string> errors;  // why nothing was emitted: a malformed program (verify.h)
};

Emitted emit_cpp(const rt::Program& program, const rt::ProgramInfo& info,
                 const EmitOptions& options = {});

// The generated code of unique solver `unique` (program.roots[unique]), as `emit_cpp` with the same
// options writes it: the lines of every call node its result depends on (each node's origin
// comment and case, byte for byte), in the order of the files, which is a dependency order. A
// line `//--- shard<k>.cpp case N` starts each run of consecutive cases. Leaves (inputs,
// constants, primitives as values) have no lines of their own: program.cpp's table holds them.
struct SolverCode {
  std::string text;
  size_t calls = 0;                 // call nodes shown
  std::vector<std::string> errors;  // why nothing was shown: a malformed program or index
};
SolverCode solver_code(const rt::Program& program, const rt::ProgramInfo& info, uint32_t unique,
                       const EmitOptions& options = {});

// All files as one text, each after a line `//--- NAME` (the format of LLVM's split-file).
std::string join_files(const Emitted& emitted);

}  // namespace batt::codegen
