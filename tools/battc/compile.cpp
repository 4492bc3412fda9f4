// battc compile: solver files to a BATT executable (docs/codegen.md).
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "ir/Lower.h"
#include "ir/Pipeline.h"
#include "tools/battc/Commands.h"
#include "tools/battc/compiled.h"

namespace batt::driver {

namespace {

struct CompileOptions {
  std::vector<std::string> files;
  bool werror = false;
  BuildFlags build;
};

int runCompile(const CompileOptions& options) {
  frontend::DiagnosticEngine diags(options.werror);
  std::unique_ptr<ir::Program> program = ir::compile(options.files, {}, diags);
  diags.print(std::cerr, program->sources);
  if (options.werror && diags.hasErrors()) return 1;
  // A bad solver was reported and skipped; the others are compiled.
  if (!buildCompiled(ir::lowerToRuntime(*program), ir::runtimeSolverTable(*program),
                     options.build)) {
    return 1;
  }
  return diags.hasErrors() ? 1 : 0;
}

}  // namespace

Command addCompileCommand(CLI::App& battc) {
  auto options = std::make_shared<CompileOptions>();
  CLI::App* compile = battc.add_subcommand(
      "compile",
      "Compile solver files to a BATT executable (the fused DAG as C++, built by Clang)");
  compile->add_option("files", options->files, "Solver files (Python, arc-dsl)")->required();
  compile->add_option("-o", options->build.output, "The executable to write")->required();
  compile->add_flag("--werror", options->werror, "Treat warnings as errors; any error is fatal");
  addBuildOptions(*compile, options->build);
  return {compile, [options] { return runCompile(*options); }};
}

}  // namespace batt::driver
