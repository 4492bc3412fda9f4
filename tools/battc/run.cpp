// battc run: compile the solver files to the fused DAG and run it over tasks — with the DAG
// interpreter (--interpret), or as compiled batt code (codegen/, cached).
#include <filesystem>
#include <fstream>
#include <iterator>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "interp/interpreter.h"
#include "interp/profile.h"
#include "ir/Lower.h"
#include "ir/Pipeline.h"
#include "runtime/atomic_file.h"
#include "runtime/interrupt.h"
#include "runtime/run.h"
#include "tools/battc/Commands.h"
#include "tools/battc/compiled.h"

namespace batt::driver {

namespace {

struct RunCommandOptions {
  std::vector<std::string> files;
  bool interpret = false;
  bool werror = false;
  std::string profile;  // --profile FILE
  rt::RunRequest request;
  BuildFlags build;
};

bool writeProfile(const std::string& path, const std::string& text) {
  if (rt::write_file_atomically(path, text)) return true;
  fmt::print(stderr, "{}: error: cannot write the profile\n", path);
  return false;
}

int runRun(const RunCommandOptions& options) {
  frontend::DiagnosticEngine diags(options.werror);
  std::unique_ptr<ir::Program> program = ir::compile(options.files, {}, diags);
  diags.print(std::cerr, program->sources);
  if (options.werror && diags.hasErrors()) return 1;
  // A bad solver was reported and skipped; the others run.
  int status = diags.hasErrors() ? 1 : 0;
  rt::Program runtime = ir::lowerToRuntime(*program);
  rt::ProgramInfo info = ir::runtimeSolverTable(*program);
  if (!options.interpret) {
    std::optional<std::string> batt = buildCompiled(runtime, info, options.build);
    if (!batt) return 1;
    if (options.profile.empty()) {
      int run = runCompiled(*batt, options.request);
      return run ? run : status;
    }
    // batt writes its counters by node number; the profile adds the solver lines.
    std::string counters = options.profile + ".counters.tmp";
    int run = runCompiled(*batt, options.request, {"--profile", counters});
    if (run == rt::kInterruptedStatus) return run;
    std::ifstream in(counters);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::filesystem::remove(counters);
    std::optional<std::vector<rt::NodeProfile>> nodes =
        rt::parse_node_counters(text, runtime.nodes.size());
    if (!nodes) {
      fmt::print(stderr, "battc: internal error: the compiled batt wrote no readable profile\n");
      return 70;
    }
    if (!writeProfile(options.profile, interp::format_profile(runtime, *nodes)) && !run) run = 1;
    return run ? run : status;
  }
  std::optional<rt::Profile> profile;
  rt::RunRequest request = options.request;
  if (!options.profile.empty()) request.options.profile = &profile.emplace(runtime.nodes.size());
  rt::EvaluateFn evaluate = [&runtime](std::span<const rt::Value> inputs, const rt::RunOptions& run,
                                       std::vector<std::vector<rt::Outcome>>& out) {
    interp::evaluate(runtime, inputs, run, out);
  };
  int run = rt::run_program(request, info, evaluate);
  if (run == rt::kInterruptedStatus) return run;
  if (profile && !writeProfile(options.profile, interp::format_profile(runtime, profile->merged())) &&
      !run) {
    run = 1;
  }
  return run ? run : status;
}

}  // namespace

Command addRunCommand(CLI::App& battc) {
  auto options = std::make_shared<RunCommandOptions>();
  CLI::App* run = battc.add_subcommand(
      "run", "Compile solver files and run every solver on every input of every task");
  run->add_option("files", options->files, "Solver files (Python, arc-dsl)")->required();
  run->add_flag("--interpret", options->interpret,
                "Run the fused DAG with the interpreter (no C++ is generated)");
  run->add_option("--profile", options->profile,
                  "Write fuel, time and outcomes per DAG node to FILE.tsv (interpreted or "
                  "compiled: the same nodes)");
  run->add_flag("--werror", options->werror, "Treat warnings as errors; any error is fatal");
  rt::add_run_options(*run, options->request);
  addBuildOptions(*run, options->build);
  return {run, [options] { return runRun(*options); }};
}

}  // namespace batt::driver
