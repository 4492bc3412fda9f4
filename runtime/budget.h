// Every evaluation has a budget: deterministic fuel (units of work charged by the primitives, so
// the same program on the same input always stops at the same point) plus a wall-clock backstop
// checked every few thousand units. Running out raises Exc::Timeout.
// The Python call depth is tracked too, so runaway recursion (power with n <= 0, deep closures)
// raises RecursionError where CPython would, and never overflows the C++ stack.
#pragma once
#include <chrono>
#include <cstdint>

#include "runtime/error.h"

namespace batt::rt {

struct Budget {
  int64_t fuel = INT64_MAX;  // remaining units
  int64_t next_clock_check = 0;
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
  uint32_t closures = 0;  // closures created (their serial numbers)
  uint32_t function_hashes = 0;  // hashes of function objects taken (see call_memo.h)
  uint64_t evaluation = 0;  // counts begin_evaluation calls: within one, no object is freed
  int depth = 0;        // current Python frame depth
  int depth_limit = 0;  // RecursionError beyond this (0: default)
};

// The budget of the evaluation running on this thread.
inline thread_local Budget tls_budget;
inline Budget& budget() { return tls_budget; }

// Start a fresh budget on this thread for one evaluation. fuel <= 0 or timeout_ms <= 0: unlimited.
void begin_evaluation(int64_t fuel, int64_t timeout_ms);

void fuel_exhausted_or_check_clock();  // slow path of charge()

inline void charge(int64_t units) {
  Budget& b = budget();
  b.fuel -= units;
  if (b.fuel < b.next_clock_check) fuel_exhausted_or_check_clock();
}

// CPython's default recursion limit, and the depth of a solver's own frame when pyref.py (which
// produced ../shared/golden) calls it: measured, `power(identity, n)` in a solver raises
// RecursionError there from n = 983 on. Budget::depth counts frames above the solver's.
inline constexpr int kRecursionLimit = 1000;
inline constexpr int kSolverDepth = 18;
inline constexpr int kMaxDepth = kRecursionLimit - kSolverDepth;

// RAII: one Python frame (a dsl function, a lambda or a generator expression).
class Frame {
 public:
  Frame() {
    Budget& b = budget();
    if (++b.depth > kMaxDepth) {
      --b.depth;
      raise(Exc::RecursionError);
    }
  }
  ~Frame() { --budget().depth; }
  Frame(const Frame&) = delete;
  Frame& operator=(const Frame&) = delete;
};

}  // namespace batt::rt
