#include "runtime/run.h"

#include "runtime/interrupt.h"

#include <unistd.h>

#include <cstdio>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

namespace batt::rt {
namespace {

// A one-line progress bar, redrawn in place, when stderr is a terminal.
class Progress {
 public:
  explicit Progress(size_t total) : total_(total), enabled_(isatty(fileno(stderr)) && total > 0) {}
  void update(size_t done) {
    if (!enabled_) return;
    size_t pct = done * 100 / total_;
    if (pct == last_) return;
    last_ = pct;
    size_t filled = pct * 40 / 100;
    fmt::print(stderr, "\r[{}{}] {:3}% {}/{} inputs", std::string(filled, '#'),
               std::string(40 - filled, ' '), pct, done, total_);
    std::fflush(stderr);
  }
  ~Progress() {
    if (enabled_ && last_ != size_t(-1)) fmt::print(stderr, "\r{}\r", std::string(72, ' '));
  }

 private:
  size_t total_;
  bool enabled_;
  size_t last_ = size_t(-1);
};

void print_summary(const Summary& s) {
  auto row = [](const char* k, const std::string& v) { fmt::print(stderr, "  {:<16} {}\n", k, v); };
  fmt::print(stderr, "battc run summary\n");
  row("solvers", fmt::format("{} ({} unique bodies)", s.solvers, s.unique));
  row("dag nodes", fmt::format("{}", s.dag_nodes));
  row("tasks", fmt::format("{} ({} inputs)", s.tasks, s.samples));
  row("tasks fitted", fmt::format("{}", s.fitted_tasks));
  row("tasks solved", fmt::format("{}", s.solved_tasks));
  row("evaluations", fmt::format("{}", s.stats.evaluations));
  row("errors", fmt::format("{}", s.stats.errors));
  row("timeouts", fmt::format("{}", s.stats.timeouts));
  row("time", fmt::format("{:.3f} s", s.stats.seconds));
}

}  // namespace

void add_run_options(CLI::App& app, RunRequest& r) {
  app.add_option("--tasks", r.tasks,
                 "ARC task directory, one task JSON, or a Kaggle *_challenges.json")
      ->required();
  app.add_option("--solutions", r.solutions,
                 "Kaggle *_solutions.json (default: beside the challenges file)");
  app.add_option("--threads", r.options.threads, "worker threads (default: all cores)")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--fuel", r.options.fuel,
                 fmt::format("work units per evaluation before a timeout (default {})", kDefaultFuel));
  app.add_option("--timeout-ms", r.options.timeout_ms,
                 fmt::format("wall-clock backstop per evaluation (default {} ms)", kDefaultTimeoutMs));
  app.add_option("--batch", r.options.batch,
                 fmt::format("inputs of a task evaluated together (default {})", kDefaultBatch))
      ->check(CLI::PositiveNumber);
  app.add_option("--outputs", r.paths.outputs, "write one line per run (golden layout) to FILE.tsv");
  app.add_option("--results", r.paths.results, "write fits, solves and predictions to FILE.json");
  app.add_option("--submission", r.paths.submission, "write an ARC Prize submission to FILE.json");
  app.add_option("--store", r.paths.store, "write fitting solvers to a solver store in DIR");
  app.add_flag("-q,--quiet", r.quiet, "no summary table");
}

std::vector<std::string> run_arguments(const RunRequest& request) {
  std::vector<std::string> args = {"--tasks", request.tasks};
  auto add = [&](const char* option, const std::string& value) {
    if (value.empty()) return;
    args.push_back(option);
    args.push_back(value);
  };
  add("--solutions", request.solutions);
  add("--outputs", request.paths.outputs);
  add("--results", request.paths.results);
  add("--submission", request.paths.submission);
  add("--store", request.paths.store);
  if (request.options.threads) add("--threads", std::to_string(request.options.threads));
  if (request.options.fuel) add("--fuel", std::to_string(request.options.fuel));
  if (request.options.timeout_ms) add("--timeout-ms", std::to_string(request.options.timeout_ms));
  if (request.options.batch) add("--batch", std::to_string(request.options.batch));
  if (request.quiet) args.push_back("--quiet");
  return args;
}

int run_program(const RunRequest& request, const ProgramInfo& program, const EvaluateFn& evaluate) {
  install_interrupt_handlers();
  LoadResult loaded = load_tasks(request.tasks, request.solutions);
  for (const LoadError& e : loaded.errors) fmt::print(stderr, "{}\n", e.str());
  int status = loaded.errors.empty() ? 0 : 1;
  Report report(loaded.tasks, program.solvers, program.unique, request.paths);
  RunStats stats;
  {
    Progress progress(loaded.tasks.samples.size());
    stats = run_samples(
        loaded.tasks, evaluate,
        [&](size_t sample, std::vector<Record>& records) { report.add(sample, records); },
        request.options, [&](size_t done) { progress.update(done); });
  }
  if (interrupted()) {
    report.discard();
    fmt::print(stderr, "interrupted: nothing written\n");
    return kInterruptedStatus;
  }
  Summary summary = report.finish(stats, program.dag_nodes);
  for (const std::string& e : report.errors()) fmt::print(stderr, "{}\n", e);
  if (!report.errors().empty()) status = 1;
  if (!request.quiet) print_summary(summary);
  return status;
}

}  // namespace batt::rt
