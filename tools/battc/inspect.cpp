// battc inspect: runs the pipeline and prints what it made (docs/cli.md).
#include <algorithm>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "codegen/emit.h"
#include "frontend/AstPrinter.h"
#include "frontend/Suggest.h"
#include "ir/Lower.h"
#include "ir/Pipeline.h"
#include "ir/Printer.h"
#include "ir/Walk.h"
#include "tools/battc/Commands.h"
#include "tools/battc/compiled.h"

namespace batt::driver {

namespace {

struct InspectOptions {
  std::vector<std::string> files;
  std::string emit;
  std::vector<std::string> solvers;
  std::vector<std::string> disabledPasses;
  bool werror = false;
  bool timePasses = false;
};

void printDiagnosticCounts(std::ostream& out, const frontend::DiagnosticEngine& diags) {
  size_t errors = diags.errorCount();
  size_t warnings = diags.warningCount();
  if (errors + warnings == 0) return;
  std::vector<std::string> parts;
  if (errors) parts.push_back(fmt::format("{} error{}", errors, errors == 1 ? "" : "s"));
  if (warnings) parts.push_back(fmt::format("{} warning{}", warnings, warnings == 1 ? "" : "s"));
  out << fmt::format("{} generated.\n", fmt::join(parts, " and "));
}

void printTimings(std::ostream& out, const std::vector<ir::PassTiming>& timings) {
  double total = 0;
  out << "pass timings (seconds):\n";
  for (const ir::PassTiming& timing : timings) {
    out << fmt::format("  {:<10} {:9.4f}\n", timing.pass, timing.seconds);
    total += timing.seconds;
  }
  out << fmt::format("  {:<10} {:9.4f}\n", "total", total);
}

// The program as the runtime and codegen see it, for --emit=cpp and --solver.
struct Lowered {
  rt::Program program;
  rt::ProgramInfo info;
};

// The exit status of an internal error (a bug in battc), as docs/cli.md lists it.
constexpr int kInternalError = 70;

// The C++ that --emit=cpp writes for the body of solver `name`; false after reporting an
// internal error.
bool printGeneratedCode(std::ostream& out, const Lowered& lowered, std::string_view name) {
  auto solver = std::find_if(lowered.info.solvers.begin(), lowered.info.solvers.end(),
                             [&](const rt::SolverInfo& s) { return s.name == name; });
  if (solver == lowered.info.solvers.end()) {
    std::cerr << fmt::format("battc: internal error: solver '{}' is not in the solver table\n",
                             name);
    return false;
  }
  codegen::SolverCode code = codegen::solver_code(lowered.program, lowered.info, solver->unique);
  for (const std::string& error : code.errors) {
    std::cerr << "battc: internal error: cannot emit C++: " << error << '\n';
  }
  if (!code.errors.empty()) return false;
  out << fmt::format(
      "generated code: {} call{} as --emit=cpp writes them (node numbers are shard-local; leaves "
      "are in program.cpp)\n",
      code.calls, code.calls == 1 ? "" : "s");
  out << code.text;
  return true;
}

// --solver NAME: where it is, its hash, its duplicate group, its body, what it shares and its
// generated code.
bool printSolverReport(std::ostream& out, const ir::Program& program, const Lowered& lowered,
                       uint32_t index) {
  const ir::Solver& solver = program.solvers[index];
  const frontend::SourceFile& file = program.sources.file(solver.loc.file);
  out << fmt::format("solver {} at {}:{}:{}\n", solver.name, file.path(), solver.loc.line,
                     solver.loc.col);
  out << "  hash: " << ir::formatHash(solver.bodyHash()) << '\n';
  uint32_t group = program.duplicates.groupOf[index];
  out << "  duplicate group: ";
  if (group == ir::DuplicateGroups::kNoGroup) {
    out << "none\n";
  } else {
    std::vector<std::string_view> names;
    for (uint32_t member : program.duplicates.groups[group]) {
      names.push_back(program.solvers[member].name);
    }
    out << fmt::format("{}\n", fmt::join(names, ", "));
  }
  size_t calls = 0;
  size_t shared = 0;
  ir::NodeSet seen;
  ir::postOrder(
      solver.root, [&](const ir::Node* node) { return seen.insert(node); },
      [&](const ir::Node* node) {
        if (!node->isCall()) return;
        ++calls;
        if (program.dag.users[program.dag.indexOf(node)] >= 2) ++shared;
      });
  out << fmt::format("  calls: {}, shared with other solvers: {}\n", calls, shared);
  ir::printSolver(out, solver, &program.dag);
  return printGeneratedCode(out, lowered, solver.name);
}

// Returns the exit status: 0, 1 after reporting a name that is not a compiled solver, or
// kInternalError.
int reportSolver(std::ostream& out, const ir::Program& program, const Lowered& lowered,
                 const std::string& name) {
  for (uint32_t i = 0; i < program.solvers.size(); ++i) {
    if (program.solvers[i].name == name) {
      return printSolverReport(out, program, lowered, i) ? 0 : kInternalError;
    }
  }
  for (std::string_view skipped : program.skipped) {
    if (skipped == name) {
      std::cerr << fmt::format(
          "battc: error: solver '{}' was not compiled (see the errors above)\n", name);
      return 1;
    }
  }
  std::vector<std::string_view> names;
  for (const ir::Solver& solver : program.solvers) names.push_back(solver.name);
  std::string message = fmt::format("battc: error: no solver named '{}'", name);
  if (auto suggestion = frontend::closestName(name, names)) {
    message += fmt::format("; did you mean '{}'?", *suggestion);
  }
  std::cerr << message << '\n';
  return 1;
}

int runInspect(const InspectOptions& options) {
  frontend::DiagnosticEngine diags(options.werror);
  ir::PipelineOptions pipeline{options.emit == "ast", options.disabledPasses};
  std::unique_ptr<ir::Program> program = ir::compile(options.files, pipeline, diags);
  diags.print(std::cerr, program->sources);
  printDiagnosticCounts(std::cerr, diags);
  if (options.timePasses) printTimings(std::cerr, program->timings);
  if (options.werror && diags.hasErrors()) return 1;

  if (options.emit == "ast") {
    for (const frontend::Module& module : program->modules) {
      frontend::printModule(std::cout, module, program->sources);
    }
  } else if (options.emit == "ir") {
    for (const ir::Solver& solver : program->solvers) ir::printSolver(std::cout, solver);
  } else if (options.emit == "types") {
    for (const ir::Solver& solver : program->solvers) {
      bool named = std::find(options.solvers.begin(), options.solvers.end(), solver.name) !=
                   options.solvers.end();
      if (options.solvers.empty() || named) {
        ir::printSolverTypes(std::cout, solver, program->dag, program->types, program->sources);
      }
    }
  } else if (options.emit == "dag") {
    ir::printDag(std::cout, program->dag, program->solvers, program->duplicates);
  }
  // With --emit=types, --solver only chooses the solvers printed.
  bool reports = options.emit != "types" && !options.solvers.empty();
  std::optional<Lowered> lowered;
  if (options.emit == "cpp" || reports) {
    lowered = Lowered{ir::lowerToRuntime(*program), ir::runtimeSolverTable(*program)};
  }
  if (options.emit == "cpp" && !printCpp(std::cout, lowered->program, lowered->info)) {
    return kInternalError;  // reported
  }
  int status = diags.hasErrors() ? 1 : 0;
  for (const std::string& name : options.solvers) {
    if (reports) {
      status = std::max(status, reportSolver(std::cout, *program, *lowered, name));
    } else if (std::none_of(program->solvers.begin(), program->solvers.end(),
                            [&](const ir::Solver& s) { return s.name == name; })) {
      status = std::max(status, reportSolver(std::cout, *program, Lowered{}, name));  // an error
    }
  }
  std::cout << ir::formatSummary(program->solvers, program->duplicates, program->dag.stats,
                                 program->skipped.size())
            << '\n';
  std::cout << ir::formatTypedSummary(program->solvers, program->duplicates, program->dag,
                                      program->types)
            << '\n';
  return status;
}

}  // namespace

Command addInspectCommand(CLI::App& battc) {
  auto options = std::make_shared<InspectOptions>();
  CLI::App* inspect = battc.add_subcommand(
      "inspect", "Compile solver files to the fused DAG and print a stage and a summary");
  inspect->add_option("files", options->files, "Solver files (Python, arc-dsl)")->required();
  inspect
      ->add_option("--emit", options->emit,
                   "Print a stage: ast, ir (per solver), types (per solver), dag or cpp")
      ->check(CLI::IsMember({"ast", "ir", "types", "dag", "cpp"}));
  inspect->add_option("--solver", options->solvers,
                      "Print one solver: inlined body, hash, duplicate group, shared nodes, "
                      "generated C++ (repeatable)");
  inspect->add_flag("--werror", options->werror, "Treat warnings as errors; any error is fatal");
  inspect->add_flag("--time-passes", options->timePasses, "Print the time spent in each pass");
  std::vector<std::string> disablable(ir::disablablePasses().begin(), ir::disablablePasses().end());
  inspect->add_option("--disable-pass", options->disabledPasses, "Switch off an optional pass")
      ->check(CLI::IsMember(disablable));
  return {inspect, [options] { return runInspect(*options); }};
}

}  // namespace batt::driver
