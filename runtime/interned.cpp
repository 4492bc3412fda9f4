// The tables of interned small-int pairs and cells (value.h).
#include <memory>

#include "runtime/object.h"
#include "runtime/value.h"

namespace batt::rt {

static_assert(sizeof(TupleObj) % alignof(Value) == 0 &&
              sizeof(InternedPair) == sizeof(TupleObj) + 2 * sizeof(Value));

const InternedPair* interned_pairs() {
  static const std::unique_ptr<InternedPair[]> table = [] {
    auto t = std::make_unique<InternedPair[]>(kInternSpan * kInternSpan);
    for (uint64_t a = 0; a < kInternSpan; ++a) {
      for (uint64_t b = 0; b < kInternSpan; ++b) {
        InternedPair& p = t[a * kInternSpan + b];
        p.head.size = 2;
        p.head.depth = 1;
        p.head.hashed = false;
        p.items[0] = Value::integer(kInternLo + static_cast<int64_t>(a));
        p.items[1] = Value::integer(kInternLo + static_cast<int64_t>(b));
        py_hash(Value::tuple(&p.head));  // computed and cached now: never written again
      }
    }
    return t;
  }();
  return table.get();
}

const InternedPair* interned_cells() {
  static const std::unique_ptr<InternedPair[]> table = [] {
    const InternedPair* pairs = interned_pairs();
    auto t = std::make_unique<InternedPair[]>(kCellColors * kCellSpan * kCellSpan);
    for (uint64_t v = 0; v < kCellColors; ++v) {
      for (uint64_t i = 0; i < kCellSpan; ++i) {
        for (uint64_t j = 0; j < kCellSpan; ++j) {
          InternedPair& c = t[(v * kCellSpan + i) * kCellSpan + j];
          c.head.size = 2;
          c.head.depth = 2;
          c.head.hashed = false;
          c.items[0] = Value::integer(static_cast<int64_t>(v));
          c.items[1] = Value::tuple(&pairs[(i - kInternLo) * kInternSpan + (j - kInternLo)].head);
          py_hash(Value::tuple(&c.head));  // computed and cached now: never written again
        }
      }
    }
    return t;
  }();
  return table.get();
}

}  // namespace batt::rt
