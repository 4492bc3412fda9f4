// Shared includes and helpers for primitive implementations. Each primitive is a transliteration
// of its dsl.py definition onto the Python operations of ops.h, so that every argument type —
// right or wrong — takes the path CPython takes. The dsl.py source is quoted above each one.
#pragma once
#include <vector>

#include "runtime/budget.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/object.h"
#include "runtime/ops.h"
#include "runtime/primitives.h"
#include "runtime/set.h"
#include "runtime/value.h"

namespace batt::rt {

// The items of the tuple_of calls in progress on this thread, innermost last: a generator body
// may call (through closures) another tuple_of, which pushes above its caller's items and pops
// them again before the caller emits more, so each call's items stay contiguous. One buffer per
// thread instead of a vector (and its malloc) per tuple.
inline thread_local std::vector<Value> tls_tuple_items;

// `tuple(<generator>)`: runs `gen(emit)` as a generator expression body (in_genexpr: a
// StopIteration inside becomes RuntimeError) and collects what it emits, in order.
template <class Gen>
Value tuple_of(Gen&& gen) {
  std::vector<Value>& items = tls_tuple_items;
  const size_t base = items.size();
  struct Pop {  // on return and on an exception alike
    std::vector<Value>& items;
    size_t base;
    ~Pop() {
      items.resize(base);
      // A tuple of a huge grid's row (millions of items) leaves a buffer that large: give it back.
      if (base == 0 && items.capacity() > (size_t{1} << 20)) std::vector<Value>().swap(items);
    }
  } pop{items, base};
  in_genexpr([&] {
    gen([&](const Value& v) { items.push_back(v); });
    return 0;
  });
  return make_tuple(std::span<const Value>(items.data() + base, items.size() - base));
}

// `frozenset(<generator>)`: the same, adding each item to a new table in order.
template <class Gen>
Value frozenset_of(Gen&& gen) {
  SetTable table;
  in_genexpr([&] {
    gen([&](const Value& v) { table.add(v); });
    return 0;
  });
  return table.freeze();
}

// `type(c)(<generator>)` where the generator iterates `c` itself: a tuple for a tuple, a
// frozenset for a frozenset. Any other `c` raises TypeError when the generator is created
// (iter(c)), before type(c) is ever called.
template <class Gen>
Value same_type_of(const Value& c, Gen&& gen) {
  if (c.is_tuple()) return tuple_of(gen);
  if (c.is_set()) return frozenset_of(gen);
  raise(Exc::TypeError);  // 'int' object is not iterable
}

}  // namespace batt::rt
