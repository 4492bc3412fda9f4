// The table of interned small-int pairs (grid_util.h).
#include <memory>

#include "runtime/prim/grid_util.h"

namespace batt::rt::prim::gridutil {

const InternedPair* interned_pairs() {
  static const std::unique_ptr<InternedPair[]> table = [] {
    auto t = std::make_unique<InternedPair[]>(kInternSpan * kInternSpan);
    for (uint64_t a = 0; a < kInternSpan; ++a) {
      for (uint64_t b = 0; b < kInternSpan; ++b) {
        InternedPair& p = t[a * kInternSpan + b];
        const int64_t i = kInternLo + static_cast<int64_t>(a), j = kInternLo + static_cast<int64_t>(b);
        p.head.size = 2;
        p.head.depth = 1;
        p.head.hash_cache = pair_hash(i, j);
        p.head.hashed = true;
        p.items[0] = Value::integer(i);
        p.items[1] = Value::integer(j);
      }
    }
    return t;
  }();
  return table.get();
}

}  // namespace batt::rt::prim::gridutil
