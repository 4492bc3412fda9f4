#include "runtime/value.h"

#include <algorithm>
#include <cstring>

#include "runtime/arena.h"
#include "runtime/budget.h"
#include "runtime/error.h"

namespace batt::rt {

TupleObj* new_tuple(size_t n) {
  charge(static_cast<int64_t>(n) + 1);
  auto* t = static_cast<TupleObj*>(arena_alloc(sizeof(TupleObj) + sizeof(Value) * n));
  t->size = static_cast<uint32_t>(n);
  t->depth = 0;
  t->hashed = false;
  t->hash_cache = 0;
  return t;
}

Value finish_tuple(TupleObj* t) {
  uint32_t d = 0;
  for (const Value& v : *t) d = std::max(d, depth_of(v));
  t->depth = d + 1;
  if (t->depth > kMaxNesting) raise(Exc::RecursionError);
  return Value::tuple(t);
}

Value make_tuple(std::span<const Value> items) {
  if (items.size() == 2) {
    if (const TupleObj* p = interned_tuple2(items[0], items[1])) {
      charge(3);  // what new_tuple charges a pair
      return Value::tuple(p);
    }
  }
  TupleObj* t = new_tuple(items.size());
  if (!items.empty()) std::memcpy(static_cast<void*>(t->items()), items.data(), sizeof(Value) * items.size());
  return finish_tuple(t);
}

Value make_tuple(std::initializer_list<Value> items) {
  return make_tuple(std::span<const Value>(items.begin(), items.size()));
}

Value make_pair(int64_t a, int64_t b) { return make_tuple({Value::integer(a), Value::integer(b)}); }

Value empty_tuple() { return make_tuple(std::span<const Value>()); }

void raise_not_iterable() { raise(Exc::TypeError); }

}  // namespace batt::rt
