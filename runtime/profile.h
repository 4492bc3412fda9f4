// A per-node profile of a run (`battc run --profile FILE`, interpreted or compiled): for every
// evaluated node, how often it ran, how it ended, the fuel it used and the time it took, summed
// over all inputs and threads. The interpreter and generated batt code count the same thing per
// node (node numbers are the fused DAG's in both), so the two modes compare node by node.
#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <tbb/enumerable_thread_specific.h>

#include "runtime/executor.h"
#include "runtime/node_eval.h"
#include "runtime/outcome.h"

namespace batt::rt {

// One node's counters.
struct NodeProfile {
  uint64_t evaluations = 0;
  uint64_t ok = 0;
  uint64_t errors = 0;     // raised a Python exception
  uint64_t timeouts = 0;   // ran out of fuel, time or memory (as the run summary counts them)
  int64_t fuel_total = 0;  // a timeout counts the whole budget
  int64_t fuel_max = 0;
  double seconds = 0;      // seconds and seconds_max are the only columns that differ between runs
  double seconds_max = 0;  // the slowest evaluation (how near the wall-clock backstop it came)

  void add(Status status, int64_t fuel, double seconds);
  void merge(const NodeProfile& other);
};

// Counters per node, kept per thread (no locks, no sharing) and summed when the run is over.
class Profile {
 public:
  explicit Profile(size_t nodes) : threads_(std::vector<NodeProfile>(nodes)) {}
  // This thread's counters, indexed by node id.
  std::vector<NodeProfile>& local() { return threads_.local(); }
  // The sum over all threads.
  std::vector<NodeProfile> merged() const;

 private:
  tbb::enumerable_thread_specific<std::vector<NodeProfile>> threads_;
};

// rt::eval_node(options, body), counted in `node`. The fuel used is what the budget lost; an
// evaluation that timed out counts its whole budget (fuel or wall clock, whichever stopped it).
template <class Body>
Outcome eval_node_profiled(const RunOptions& options, Body&& body, NodeProfile& node) {
  auto start = std::chrono::steady_clock::now();
  Outcome o = eval_node(options, body);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  int64_t budget = options.fuel > 0 ? options.fuel : INT64_MAX;
  bool whole = o.status == Status::Timeout && options.fuel > 0;
  node.add(o.status, whole ? budget : budget - rt::budget().fuel, seconds);
  return o;
}

// eval_node, or eval_node_profiled into node `k` of options.profile when there is one.
template <class Body>
Outcome eval_node_counted(const RunOptions& options, uint32_t k, Body&& body) {
  if (options.profile) return eval_node_profiled(options, body, options.profile->local()[k]);
  return eval_node(options, body);
}

// The counters as the compiled batt writes them (`batt --profile FILE`): a header, then one line
// per node with evaluations, by node number: node, evaluations, ok, errors, timeouts,
// fuel_total, fuel_max, seconds, seconds_max. `battc run --profile` reads them back and writes
// the profile with the solver lines (interp::format_profile).
std::string format_node_counters(const std::vector<NodeProfile>& nodes);
// nullopt when `text` is not such a file.
std::optional<std::vector<NodeProfile>> parse_node_counters(std::string_view text, size_t nodes);

}  // namespace batt::rt
