// A per-node profile of an interpreted run (`battc run --interpret --profile FILE`): for every
// call node, how often it ran, how it ended, the fuel it used and the time it took, summed over
// all inputs and threads. For calibrating fuel and finding the solver lines that cost the most.
#pragma once
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include <tbb/enumerable_thread_specific.h>

#include "runtime/executor.h"
#include "runtime/node_eval.h"
#include "runtime/outcome.h"
#include "runtime/program.h"

namespace batt::interp {

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

  void add(rt::Status status, int64_t fuel, double seconds);
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
rt::Outcome eval_node_profiled(const rt::RunOptions& options, Body&& body, NodeProfile& node) {
  auto start = std::chrono::steady_clock::now();
  rt::Outcome o = rt::eval_node(options, body);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  int64_t budget = options.fuel > 0 ? options.fuel : INT64_MAX;
  bool whole = o.status == rt::Status::Timeout && options.fuel > 0;
  node.add(o.status, whole ? budget : budget - rt::budget().fuel, seconds);
  return o;
}

// The profile as TSV: a header, then one line per call node evaluated at least once, by total
// fuel (most first), then by node id. Columns: node, seconds, seconds_max, fuel_total, fuel_max,
// evaluations, ok, errors, timeouts, origin (the solver line; for a call nested in a line, the
// primitive and the line it is in).
std::string format_profile(const rt::Program& program, const std::vector<NodeProfile>& nodes);

}  // namespace batt::interp
