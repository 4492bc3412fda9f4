// Runs a solver set over every sample of a task set in parallel (oneTBB), handing each sample's
// results to a sink in sample order, so outputs are byte-identical for any thread count and
// memory stays bounded by (threads x one input's working set).
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "runtime/outcome.h"
#include "runtime/tasks.h"

namespace batt::rt {

class Profile;

struct RunOptions {
  int threads = 0;            // 0: all cores
  int64_t fuel = 0;           // per node evaluation; 0: default
  int64_t timeout_ms = 0;     // wall-clock backstop per node evaluation; 0: default
  size_t memory_bytes = 0;    // arena limit per thread; 0: default
  int batch = 0;              // most samples of one task evaluated together; 0: default
  Profile* profile = nullptr;  // count every node evaluation here (runtime/profile.h)
};

inline constexpr int64_t kDefaultFuel = 40'000'000;
// The backstop is for work the fuel does not see; it must not be what stops a run, or results
// would depend on the machine's load. The slowest evaluation of the reference set takes 1.46 s
// here with both cores busy (solve_6aa20dc0's mapply using up its 40M units; `--profile`'s
// seconds_max), so 10 s is ~7x out of reach.
inline constexpr int64_t kDefaultTimeoutMs = 10'000;
inline constexpr size_t kDefaultMemoryBytes = size_t{3} << 30;
// One input per batch: memory is bounded by threads x one input's working set, and a heavy input
// does not hold its task's other inputs back.
inline constexpr int kDefaultBatch = 1;

// What the sinks keep of one solver's run on one sample (its value itself is gone by then).
struct Record {
  Status status = Status::Ok;
  Exc exc = Exc::TypeError;
  std::string strict;  // md5_16 of the strict form (ok only)
  std::string value;   // md5_16 of the canonical form (ok only)
  bool correct = false;
  std::optional<std::string> grid_json;  // the output as a JSON grid, when it is one (test only)
};

// Evaluates every unique solver on each of `inputs` (up to RunOptions::batch samples of one task:
// the batch the generated code is vectorized over): out[k][s] is unique solver s on inputs[k]. Runs on worker
// threads with the thread's arena; the values in `out` live until the next call on that thread.
using EvaluateFn = std::function<void(std::span<const Value> inputs, const RunOptions&,
                                      std::vector<std::vector<Outcome>>& out)>;
// Receives the records of sample `k` (one per unique solver), in sample order, on one thread.
using SinkFn = std::function<void(size_t sample, std::vector<Record>& records)>;

struct RunStats {
  uint64_t evaluations = 0;  // (unique solver, sample) runs
  uint64_t errors = 0;
  uint64_t timeouts = 0;     // timeouts and memory-limit hits
  double seconds = 0;
};

RunStats run_samples(const TaskSet& tasks, const EvaluateFn& evaluate, const SinkFn& sink,
                     const RunOptions& options, const std::function<void(size_t done)>& progress = {});

// The output as a JSON grid ([[1, 2], [3, 4]]) when it is a non-empty tuple of equal-length
// tuples of ints, as the ARC Prize submission format needs; nullopt otherwise.
std::optional<std::string> grid_json(const Value& v);

}  // namespace batt::rt
