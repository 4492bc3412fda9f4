// The checks a fused program must pass before C++ is emitted for it. The lowering from the IR
// produces well-formed programs; these catch a malformed one as an internal error with a message
// instead of as generated code that fails to compile or computes something else.
#pragma once
#include <string>
#include <vector>

#include "runtime/program.h"
#include "runtime/run.h"

namespace batt::codegen {

// Every problem found, one message each; empty when the program can be emitted.
std::vector<std::string> verify_program(const rt::Program& program, const rt::ProgramInfo& info);

}  // namespace batt::codegen
