// What a run produces, from the per-sample records of the executor: the outputs file (golden
// layout, streamed as samples finish), and at the end the results JSON, the ARC Prize submission
// and the solver store. See ../shared/docs/DESIGN.md "The command line".
#pragma once
#include <cstdint>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "runtime/atomic_file.h"
#include "runtime/executor.h"
#include "runtime/tasks.h"

namespace batt::rt {

// One solver name of the input files. Duplicates share `unique` (the index of the unique body
// that runs) and name the first solver with that body in `duplicate_of`.
struct SolverInfo {
  std::string name;
  uint32_t unique = 0;
  std::string body_hash;     // 16 hex digits, the normalized structural hash
  std::string duplicate_of;  // empty for the first solver of a body
  std::string source;        // the solver in arc-dsl form, for the store (named solve)
};

struct ReportPaths {
  std::string outputs;     // --outputs FILE.tsv
  std::string results;     // --results FILE.json
  std::string submission;  // --submission FILE.json
  std::string store;       // --store DIR
};

struct Summary {
  size_t solvers = 0, unique = 0, dag_nodes = 0, tasks = 0, samples = 0;
  size_t fitted_tasks = 0, solved_tasks = 0;
  RunStats stats;
};

class Report {
 public:
  // `solvers` in output order (sorted by name); `unique_count` bodies run.
  Report(const TaskSet& tasks, std::vector<SolverInfo> solvers, size_t unique_count,
         ReportPaths paths);
  ~Report();

  // The executor's sink: records of sample `k`, one per unique solver, in sample order.
  void add(size_t sample, const std::vector<Record>& records);
  // Writes results, submission and store; returns the summary. `dag_nodes` is reported as is.
  Summary finish(const RunStats& stats, size_t dag_nodes);
  // An interrupted run writes nothing: the outputs file being written is removed, and the
  // files of an earlier run stay as they were.
  void discard();
  // Problems writing the files (each a message naming the file).
  const std::vector<std::string>& errors() const { return errors_; }

 private:
  struct TaskState;
  void write_results(const Summary& s);
  void write_submission();
  void write_store();

  const TaskSet& tasks_;
  std::vector<SolverInfo> solvers_;
  size_t unique_;
  ReportPaths paths_;
  AtomicFile outputs_;  // renamed onto paths_.outputs by finish()
  std::vector<std::unique_ptr<TaskState>> state_;  // per task
  std::vector<std::string> errors_;
};

}  // namespace batt::rt
