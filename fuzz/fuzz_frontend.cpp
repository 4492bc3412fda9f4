// fuzz_frontend: the input is a solver file. It goes through the whole pipeline to the fused DAG
// (ir::compileSources, the in-memory twin of ir::compile), is lowered to the runtime's program and
// checked as codegen checks it before emitting C++. Every input must end in diagnostics or a
// program: an InternalError (battc's exit 70) or a malformed program is a finding, like a crash.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "codegen/verify.h"
#include "frontend/Diagnostics.h"
#include "ir/Lower.h"
#include "ir/Pipeline.h"

using namespace batt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<ir::SourceText> files = {
      {"fuzz.py", std::string(reinterpret_cast<const char*>(data), size)}};
  frontend::DiagnosticEngine diags;
  try {
    std::unique_ptr<ir::Program> program = ir::compileSources(files, {}, diags);
    std::ostringstream printed;
    diags.print(printed, program->sources);
    rt::Program runtime = ir::lowerToRuntime(*program);
    rt::ProgramInfo info = ir::runtimeSolverTable(*program);
    std::vector<std::string> problems = codegen::verify_program(runtime, info);
    if (!problems.empty()) {
      std::fprintf(stderr, "fuzz_frontend: malformed program: %s\n", problems.front().c_str());
      std::abort();
    }
  } catch (const frontend::InternalError& error) {
    std::fprintf(stderr, "battc: internal error: %s\n", error.what());
    std::abort();
  }
  return 0;
}
