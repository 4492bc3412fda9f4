// Evaluating one DAG node on one input, the same way in the interpreter and in generated batt
// code: a fresh budget, the call, and on an exception the node's error outcome with its partial
// allocations rolled back.
#pragma once
#include "runtime/arena.h"
#include "runtime/budget.h"
#include "runtime/call_memo.h"
#include "runtime/error.h"
#include "runtime/executor.h"
#include "runtime/outcome.h"
#include "runtime/relocate.h"

namespace batt::rt {

// An evaluation that allocated more than this has its result moved to the spill arena and its
// temporaries rolled back, so memory holds the nodes' results, not everything they computed.
inline constexpr size_t kSpillBytes = size_t{1} << 20;

// out = the outcome of body() (which returns a Value) within the budget of `options`.
template <class Body>
inline Outcome eval_node(const RunOptions& options, Body&& body) {
  Arena& arena = current_arena();
  Arena::Mark mark = arena.mark();
  begin_evaluation(options.fuel, options.timeout_ms);
  memo::begin_evaluation(arena, mark);
  try {
    Value v = body();
    if (arena.bytes_since(mark) > kSpillBytes) {
      v = relocate(v, arena, mark, spill_arena());
      arena.rollback(mark);
    }
    return Outcome::ok(v);
  } catch (const PyError& e) {
    arena.rollback(mark);  // the partial allocations of a failed node are garbage
    return Outcome::raised(e.exc);
  }
}

}  // namespace batt::rt
