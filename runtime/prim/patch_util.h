// Helpers shared by the patch primitive families (patch.cpp, bounds.cpp, lines.cpp): the Python
// idioms dsl.py's patch functions repeat (two-way unpacking, min/max over a generator, `range`),
// and the one-pass bounds behind their fast paths.
//
// Fast paths: when every index of toindices(patch) is a pair of plain ints (no bools), nothing
// in uppermost/lowermost/leftmost/rightmost or the corners can raise, and min/max cannot depend on
// iteration order (equal ints are indistinguishable), so the bounds are computed in one pass
// without building toindices(patch). A fast path still checks that the frames the slow path
// would enter fit under the recursion limit (need_frames), so RecursionError strikes alike.
#pragma once
#include <algorithm>
#include <climits>
#include <cstdint>
#include <utility>

#include "runtime/prim/grid_util.h"
#include "runtime/prim/prim.h"

namespace batt::rt::prim::patchutil {

using gridutil::dsl;

inline Value integer(int64_t n) { return Value::integer(n); }

// a, b = x, without allocation for the common 2-tuple.
inline std::pair<Value, Value> unpack(const Value& x) {
  if (x.kind == Kind::Tuple && x.t->size == 2) return {(*x.t)[0], (*x.t)[1]};
  auto r = unpack2(x);
  return {r[0], r[1]};
}

// The running result of min()/max() over a generator: each item is compared as it is produced
// (`item < best` for min, `item > best` for max; the first best is kept), so a comparison error
// comes before an error in producing a later item, as in CPython.
template <bool kMax>
struct Extreme {
  bool have = false;
  Value best;
  void feed(const Value& x) {
    if (!have) {
      best = x;
      have = true;
    } else if (kMax ? py_gt(x, best) : py_lt(x, best)) {
      best = x;
    }
  }
  Value result() const {
    if (!have) raise(Exc::ValueError);  // min() arg is an empty sequence
    return best;
  }
};

// Python frames. CPython 3.11 counts toward its recursion limit every Python frame (a dsl call:
// gridutil::dsl; a lambda, generator or comprehension: Frame or in_genexpr) and also some C-level
// calls: min() and max() (METH_VARARGS builtins, one level) and each rich comparison made inside
// them (one more level; none when there is a single item). Comparisons the interpreter
// specializes (ints followed by a jump) do not count. The frames below follow what CPython
// reaches at most in each primitive on well-formed input.

// RecursionError unless `n` more frames fit (the frames a slow path would enter).
inline void need_frames(int n) {
  if (budget().depth + n > kMaxDepth) raise(Exc::RecursionError);
}

// min(a, b) / max(a, b) of two arguments: the builtin's frame, and a comparison inside it.
inline Value min2(const Value& a, const Value& b) {
  Frame builtin;
  need_frames(1);
  return py_lt(b, a) ? b : a;
}
inline Value max2(const Value& a, const Value& b) {
  Frame builtin;
  need_frames(1);
  return py_gt(b, a) ? b : a;
}

// isinstance(next(iter(patch))[1], tuple) for a non-empty container: cells, not indices.
inline bool holds_cells(const Value& patch) {
  return py_getitem(*iterate(patch).begin(), 1).is_tuple();
}

struct Bounds {
  int64_t top = INT64_MAX, bottom = INT64_MIN, left = INT64_MAX, right = INT64_MIN;
  int64_t count = 0;   // items of the patch
  bool cells = false;  // toindices(patch) builds a set (a generator frame) rather than
                       // returning the patch
};

// The bounds int_bounds found for recent frozensets, on this thread, in this evaluation
// (direct-mapped by address): a solver's closures ask for the same objects' bounds over and over
// (center(obj) for every cell of the grid, argmin over the objects by their centers). Within one
// evaluation the arena frees nothing, so a SetObj's address names one object; begin_evaluation
// starts a new one, which empties the cache.
struct BoundsCache {
  struct Entry {
    const SetObj* set = nullptr;
    uint64_t evaluation = 0;
    Bounds bounds;
  };
  static constexpr size_t kEntries = 64;
  Entry entries[kEntries];
  Entry& slot(const SetObj* s) { return entries[(reinterpret_cast<uintptr_t>(s) >> 6) % kEntries]; }
};
inline thread_local BoundsCache tls_bounds_cache;

// The extremes of the rows and columns of toindices(patch) when toindices(patch) is non-empty and
// every index in it is a pair of plain ints (then nothing below can raise and order is
// irrelevant). False when the general path must be taken. The walk is charged what the Python
// code's own passes cost in CPython, per element: `per_index` for plain indices (a min/max generator
// pass is ~0.4 units), `per_cell` for cells (each pass first rebuilds toindices' frozenset, ~0.8).
// A frozenset's bounds come from tls_bounds_cache when it has them; charged alike either way.
inline bool int_bounds(const Value& patch, Bounds& b, int64_t per_index = 1, int64_t per_cell = 1) {
  BoundsCache::Entry* slot = patch.is_set() ? &tls_bounds_cache.slot(patch.s) : nullptr;
  if (slot && slot->set == patch.s && slot->evaluation == budget().evaluation) {
    b = slot->bounds;
    charge(b.count * (b.cells ? per_cell : per_index));
    return true;
  }
  if (!patch.is_container()) return false;
  ElemRange r = iterate(patch);
  if (!(r.begin() != r.end())) return false;
  const Value& first = *r.begin();
  if (first.kind != Kind::Tuple || first.t->size < 2) return false;
  const bool cells = (*first.t)[1].kind == Kind::Tuple;
  int64_t n = 0;
  for (const Value& e : r) {
    if (e.kind != Kind::Tuple || e.t->size != 2) return false;
    const Value* ij = e.t->items();
    if (cells) {
      const Value& x = ij[1];
      if (x.kind != Kind::Tuple || x.t->size != 2) return false;
      ij = x.t->items();
    }
    if (ij[0].kind != Kind::Int || ij[1].kind != Kind::Int) return false;
    b.top = std::min(b.top, ij[0].i);
    b.bottom = std::max(b.bottom, ij[0].i);
    b.left = std::min(b.left, ij[1].i);
    b.right = std::max(b.right, ij[1].i);
    ++n;
  }
  b.cells = cells;
  b.count = n;
  charge(n * (cells ? per_cell : per_index));
  if (slot) *slot = {patch.s, budget().evaluation, b};
  return true;
}

// The number of items of range(start, stop, step), charged against the budget; Memory past 2**32
// items, as py_range.
inline int64_t range_len(int64_t start, int64_t stop, int64_t step) {
  __int128 n = 0;
  if (step > 0 && start < stop) n = ((__int128)stop - start - 1) / step + 1;
  if (step < 0 && start > stop) n = ((__int128)start - stop - 1) / (-(__int128)step) + 1;
  if (n > (int64_t{1} << 32)) raise(Exc::Memory);
  charge(static_cast<int64_t>(n));
  return static_cast<int64_t>(n);
}

// range(start, stop): ints (bool included), TypeError otherwise.
inline std::pair<int64_t, int64_t> range_args(const Value& start, const Value& stop) {
  return {as_int(start), as_int(stop)};
}

// frozenset({a, b, c, d}): a set display (added left to right), then copied into a frozenset.
inline Value frozen_display(std::initializer_list<Value> items) {
  SetTable display;
  for (const Value& v : items) display.add(v);
  return gridutil::frozen_copy(display);
}

}  // namespace batt::rt::prim::patchutil
