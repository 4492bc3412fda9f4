// battc inspect: runs the pipeline and prints what it made (docs/cli.md).
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

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

// --solver NAME: where it is, its hash, its duplicate group, its body and what it shares.
void printSolverReport(std::ostream& out, const ir::Program& program, uint32_t index) {
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
}

// Returns false after reporting a name that is not a compiled solver.
bool reportSolver(std::ostream& out, const ir::Program& program, const std::string& name) {
  for (uint32_t i = 0; i < program.solvers.size(); ++i) {
    if (program.solvers[i].name == name) {
      printSolverReport(out, program, i);
      return true;
    }
  }
  for (std::string_view skipped : program.skipped) {
    if (skipped == name) {
      std::cerr << fmt::format(
          "battc: error: solver '{}' was not compiled (see the errors above)\n", name);
      return false;
    }
  }
  std::vector<std::string_view> names;
  for (const ir::Solver& solver : program.solvers) names.push_back(solver.name);
  std::string message = fmt::format("battc: error: no solver named '{}'", name);
  if (auto suggestion = frontend::closestName(name, names)) {
    message += fmt::format("; did you mean '{}'?", *suggestion);
  }
  std::cerr << message << '\n';
  return false;
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
  } else if (options.emit == "dag") {
    ir::printDag(std::cout, program->dag, program->solvers, program->duplicates);
  } else if (options.emit == "cpp") {
    if (!printCpp(std::cout, ir::lowerToRuntime(*program), ir::runtimeSolverTable(*program))) {
      return 70;  // an internal error, reported
    }
  }
  bool found = true;
  for (const std::string& name : options.solvers) found &= reportSolver(std::cout, *program, name);
  std::cout << ir::formatSummary(program->solvers, program->duplicates, program->dag.stats,
                                 program->skipped.size())
            << '\n';
  return diags.hasErrors() || !found ? 1 : 0;
}

}  // namespace

Command addInspectCommand(CLI::App& battc) {
  auto options = std::make_shared<InspectOptions>();
  CLI::App* inspect = battc.add_subcommand(
      "inspect", "Compile solver files to the fused DAG and print a stage and a summary");
  inspect->add_option("files", options->files, "Solver files (Python, arc-dsl)")->required();
  inspect->add_option("--emit", options->emit, "Print a stage: ast, ir (per solver), dag or cpp")
      ->check(CLI::IsMember({"ast", "ir", "dag", "cpp"}));
  inspect->add_option("--solver", options->solvers,
                      "Print one solver: inlined body, hash, duplicate group, shared nodes "
                      "(repeatable)");
  inspect->add_flag("--werror", options->werror, "Treat warnings as errors; any error is fatal");
  inspect->add_flag("--time-passes", options->timePasses, "Print the time spent in each pass");
  std::vector<std::string> disablable(ir::disablablePasses().begin(), ir::disablablePasses().end());
  inspect->add_option("--disable-pass", options->disabledPasses, "Switch off an optional pass")
      ->check(CLI::IsMember(disablable));
  return {inspect, [options] { return runInspect(*options); }};
}

}  // namespace batt::driver
