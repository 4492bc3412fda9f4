#include "runtime/budget.h"

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
  if (timeout_ms > 0) {
    b.deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    b.next_clock_check = b.fuel - kClockInterval;
  } else {
    b.deadline = std::chrono::steady_clock::time_point::max();
    b.next_clock_check = 0;
  }
}

void fuel_exhausted_or_check_clock() {
  Budget& b = tls_budget;
  if (b.fuel < 0) raise(Exc::Timeout);
  if (b.deadline != std::chrono::steady_clock::time_point::max()) {
    if (std::chrono::steady_clock::now() >= b.deadline) raise(Exc::Timeout);
    b.next_clock_check = b.fuel - kClockInterval;
    if (b.next_clock_check < 0) b.next_clock_check = 0;
  } else {
    b.next_clock_check = 0;
  }
}

}  // namespace batt::rt
