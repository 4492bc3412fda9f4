// Memoized closure calls. arc-dsl functions are pure, so calling the same closure object with the
// same argument object again computes an equal result with the same fuel, closures and depth.
// Solvers do this a lot: solve_d22278a0 asks argmin(objects, distance to cell) once per (object,
// cell), the same closure and cell for every object. A repeated call costs a table probe here,
// and what it would have cost is replayed:
//   - fuel: the recorded units are charged, so the call times out if and only if it would (the
//     recorded call raised nothing, so running out of fuel is the only way it could end);
//   - closure serials: the counter advances by the closures the call created, so later closures
//     hash as they would;
//   - depth: a hit is taken only no deeper in the stack than the recorded call, which did not
//     recurse too deep. Deeper, the call runs, and raises RecursionError if it would.
// Not recorded: calls that raised; calls that created closures and hashed any function (the
// serials, hence set orders, would differ on a recomputation). Not reused: a result holding a
// closure the call created (a recomputation would make a new, different object); the scan for
// one is made on the first hit, as most recorded calls are never hit.
// Entries live for one evaluation (Budget::evaluation): the arena frees nothing within one, so
// the recorded objects stay valid and no address is reused.
#pragma once
#include <cstdint>
#include <memory>

#include "runtime/arena.h"
#include "runtime/budget.h"
#include "runtime/value.h"

namespace batt::rt::memo {

// Calls cheaper than this are not recorded (and decide nothing about their closure).
inline constexpr int64_t kMinFuel = 32;

// FuncObj::hot of a closure: decided on its first call costing kMinFuel. Only closures that
// existed before the evaluation began (the values of other DAG nodes, which the node's loops
// call again and again) are memoized; one created within it is usually a partial application
// for one iteration of a loop, called with each element once, and would only evict entries.
// A memoized closure has a number of misses left: each lookup that misses uses one up (at none,
// it is not memoized any more), and a hit refills them. So a closure that is never called twice
// with one argument stops costing probes and evicting others.
enum Hot : uint16_t { kUndecided = 0, kNotMemoized = 1, kMemoized = 2 };
inline constexpr uint16_t kMisses = 1024;  // hot = kMemoized + misses left

// What a call is looked up by: the argument object, or for a pair the objects in it. Two pairs
// holding the same objects are the same argument to a dsl function (a tuple has no identity a
// program can observe), and solvers build such pairs afresh for every call (astuple(cell, obj)).
struct Key {
  Value a, b;
  bool pair = false;

  static Key of(const Value& x) {
    if (x.kind == Kind::Tuple && x.t->size == 2) return {(*x.t)[0], (*x.t)[1], true};
    return {x, Value::none(), false};
  }
  bool operator==(const Key& o) const {
    return pair == o.pair && a.kind == o.a.kind && a.i == o.a.i && b.kind == o.b.kind &&
           b.i == o.b.i;
  }
};

struct Entry {
  const FuncObj* fn = nullptr;
  Key key;
  Value result;
  int64_t fuel = 0;         // units the call charged (its own call unit excluded)
  uint64_t evaluation = 0;  // Budget::evaluation when recorded
  uint32_t closures = 0;    // closures the call created
  int32_t depth = 0;        // Budget::depth inside the call
  uint32_t first_serial = 0;  // the serial of the first closure it created
  bool unchecked = false;   // result not yet scanned for those closures (done on the first hit)
};

class Table {
 public:
  static constexpr size_t kEntries = 16384;
  Entry& slot(const FuncObj* fn, const Key& k) {
    uint64_t h = reinterpret_cast<uintptr_t>(fn) * 0x9E3779B97F4A7C15ULL;
    h ^= (static_cast<uint64_t>(k.a.i) + static_cast<uint64_t>(k.a.kind)) * 0xC2B2AE3D27D4EB4FULL;
    h ^= (static_cast<uint64_t>(k.b.i) + static_cast<uint64_t>(k.b.kind) * 31 + k.pair) *
         0x165667B19E3779F9ULL;
    h ^= h >> 29;
    return entries_[h & (kEntries - 1)];
  }

 private:
  std::unique_ptr<Entry[]> entries_{new Entry[kEntries]};
};

inline thread_local Table tls_table;

// Where the current evaluation's allocations begin (eval_node sets it).
struct Start {
  const Arena* arena = nullptr;
  Arena::Mark mark{};
};
inline thread_local Start tls_start;
inline void begin_evaluation(const Arena& arena, const Arena::Mark& mark) {
  tls_start = {&arena, mark};
}
inline bool existed_before_evaluation(const void* p) {
  return !tls_start.arena || !tls_start.arena->allocated_since(tls_start.mark, p);
}

// Whether `v` holds a function whose serial is at least `serial` (one created since).
bool holds_closure_since(const Value& v, uint32_t serial);

}  // namespace batt::rt::memo
