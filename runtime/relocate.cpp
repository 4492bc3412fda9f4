#include "runtime/relocate.h"

#include <cstring>

#include "runtime/function.h"

namespace batt::rt {
namespace {

// The objects being moved are garbage once the region is rolled back, so each one, once
// copied, is overwritten with a forwarding pointer to its copy (no lookup table needed): a
// tuple's size becomes kMoved and its hash slot the address; likewise a set's mask and a
// closure's kind. Older objects never point into the region (values are immutable and built
// from existing ones), so nothing outside the value sees the marks.
constexpr uint32_t kMoved = UINT32_MAX;
constexpr FnKind kMovedFn = static_cast<FnKind>(0xff);

class Relocator {
 public:
  Relocator(const Arena& from, const Arena::Mark& since, Arena& to)
      : region_(from.ranges_since(since)), to_(to) {}

  Value operator()(const Value& v) {
    switch (v.kind) {
      case Kind::Tuple: return Value::tuple(copy(const_cast<TupleObj*>(v.t)));
      case Kind::FrozenSet: return Value::frozenset(copy(const_cast<SetObj*>(v.s)));
      case Kind::Function: return Value::function(copy(const_cast<FuncObj*>(v.f)));
      default: return v;
    }
  }

 private:
  // Whether `p` is in the region being moved out.
  bool moving(const void* p) const {
    const char* c = static_cast<const char*>(p);
    for (const Arena::Range& r : region_)
      if (c >= r.lo && c < r.hi) return true;
    return false;
  }

  const TupleObj* copy(TupleObj* t) {
    if (!moving(t)) return t;
    if (t->size == kMoved) return reinterpret_cast<const TupleObj*>(t->hash_cache);
    auto* c = static_cast<TupleObj*>(to_.alloc(sizeof(TupleObj) + sizeof(Value) * t->size));
    *c = *t;  // the header; the items are written below, from t's (which stay as they are)
    t->size = kMoved;
    t->hash_cache = reinterpret_cast<intptr_t>(c);
    for (uint32_t k = 0; k < c->size; ++k) c->items()[k] = (*this)(t->items()[k]);
    return c;
  }

  const SetObj* copy(SetObj* s) {
    if (!moving(s)) return s;
    if (s->mask == kMoved) return reinterpret_cast<const SetObj*>(s->hash_cache);
    size_t bytes = sizeof(SetObj) + sizeof(SetEntry) * (static_cast<size_t>(s->mask) + 1);
    auto* c = static_cast<SetObj*>(to_.alloc(bytes));
    std::memcpy(static_cast<void*>(c), s, bytes);
    s->mask = kMoved;
    s->hash_cache = reinterpret_cast<intptr_t>(c);
    for (uint32_t k = 0; k <= c->mask; ++k) c->table()[k].key = (*this)(c->table()[k].key);
    return c;
  }

  const FuncObj* copy(FuncObj* f) {
    if (!moving(f)) return f;  // primitives are static objects
    if (f->kind == kMovedFn) return reinterpret_cast<const FuncObj*>(f->a.i);
    auto* c = static_cast<FuncObj*>(to_.alloc(sizeof(FuncObj)));
    *c = *f;
    f->kind = kMovedFn;
    f->a.i = reinterpret_cast<intptr_t>(c);
    c->a = (*this)(c->a);
    c->b = (*this)(c->b);
    c->c = (*this)(c->c);
    return c;
  }

  std::vector<Arena::Range> region_;
  Arena& to_;
};

}  // namespace

Value relocate(const Value& v, const Arena& from, const Arena::Mark& since, Arena& to) {
  return Relocator(from, since, to)(v);
}

}  // namespace batt::rt
