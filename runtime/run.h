// Running a solver set over tasks: the part of `battc run` and of a compiled BATT program that
// is the same for both — options, task loading, the parallel run, progress, the summary table
// and the output files.
#pragma once
#include <string>
#include <vector>

#include "runtime/executor.h"
#include "runtime/report.h"

namespace CLI {
class App;
}

namespace batt::rt {

struct RunRequest {
  std::string tasks;      // --tasks PATH
  std::string solutions;  // --solutions FILE (Kaggle)
  RunOptions options;
  ReportPaths paths;
  bool quiet = false;  // no summary table
};

// Adds --tasks, --solutions, --threads, --fuel, --timeout-ms, --batch, --results, --outputs,
// --submission, --store, --quiet to `app`.
void add_run_options(CLI::App& app, RunRequest& request);
// The command-line arguments that add_run_options parses back into `request` (for running a
// built batt program with the options battc run was given).
std::vector<std::string> run_arguments(const RunRequest& request);

struct ProgramInfo {
  std::vector<SolverInfo> solvers;  // every input solver name, sorted by name
  size_t unique = 0;
  size_t dag_nodes = 0;
};

// Loads the tasks, runs `evaluate` over them and writes what was asked for. Prints task-file
// errors (file:line:col) and the summary table to stderr; returns the process exit status
// (0 ok, 1 when an input file was bad or an output could not be written; the run goes on
// over the tasks that loaded either way).
int run_program(const RunRequest& request, const ProgramInfo& program, const EvaluateFn& evaluate);

}  // namespace batt::rt
