#include "runtime/budget.h"

#include <algorithm>

#include "runtime/interrupt.h"

namespace batt::rt {
namespace {
constexpr int64_t kClockInterval = 1 << 14;
}  // namespace

void begin_evaluation(int64_t fuel, int64_t timeout_ms) {
  Budget& b = tls_budget;
  b.fuel = fuel > 0 ? fuel : INT64_MAX;
  b.depth = 0;
  b.closures = 0;
  ++b.evaluation;
  b.deadline = timeout_ms > 0
                   ? std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms)
                   : std::chrono::steady_clock::time_point::max();
  // The slow path runs every kClockInterval units and, at the latest, when the fuel runs out.
  b.next_clock_check = std::max<int64_t>(b.fuel - kClockInterval, 0);
}

// Also where an interrupted run (SIGINT, SIGTERM) stops its evaluations: their outcomes are
// thrown away with the run (runtime/interrupt.h).
void fuel_exhausted_or_check_clock() {
  Budget& b = tls_budget;
  if (b.fuel < 0) raise(Exc::Timeout);
  if (interrupted()) raise(Exc::Timeout);
  if (b.deadline != std::chrono::steady_clock::time_point::max() &&
      std::chrono::steady_clock::now() >= b.deadline) {
    raise(Exc::Timeout);
  }
  b.next_clock_check = b.fuel - kClockInterval;
  if (b.next_clock_check < 0) b.next_clock_check = 0;
}

}  // namespace batt::rt
