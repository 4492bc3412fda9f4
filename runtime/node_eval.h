// Evaluating one DAG node on one input, the same way in the interpreter and in generated batt
// code: a fresh budget, the call, and on an exception the node's error outcome with its partial
// allocations rolled back.
#pragma once
#include "runtime/arena.h"
#include "runtime/budget.h"
#include "runtime/error.h"
#include "runtime/executor.h"
#include "runtime/outcome.h"

namespace batt::rt {

// out = the outcome of body() (which returns a Value) within the budget of `options`.
template <class Body>
inline Outcome eval_node(const RunOptions& options, Body&& body) {
  Arena& arena = current_arena();
  Arena::Mark mark = arena.mark();
  begin_evaluation(options.fuel, options.timeout_ms);
  try {
    return Outcome::ok(body());
  } catch (const PyError& e) {
    arena.rollback(mark);  // the partial allocations of a failed node are garbage
    return Outcome::raised(e.exc);
  }
}

}  // namespace batt::rt
