// CPython 3.11's set table (Objects/setobject.c) for arc-dsl's frozensets: the same hashes, probe
// sequence, resize policy and insertion paths, so iteration order is CPython's. See
// ../shared/docs/SET-ORDER.md; every function names the C function it mirrors.
#pragma once
#include <cstdint>
#include <vector>

#include "runtime/value.h"

namespace batt::rt {

// A slot that holds a key: neither empty nor a deleted key's dummy.
inline bool is_live(const SetEntry& e) {
  return e.key.kind != Kind::Null && e.key.kind != Kind::Dummy;
}

// f(key, hash) for each key of a frozenset, in slot (iteration) order, with the hash its table holds.
template <class F>
void for_each_entry(const SetObj* s, F&& f) {
  const SetEntry* t = s->table();
  for (uint32_t k = 0; k <= s->mask; ++k)
    if (is_live(t[k])) f(t[k].key, t[k].hash);
}

// A mutable set under construction (a Python `set`, or the table a frozenset is being built in).
class SetTable {
 public:
  SetTable();
  ~SetTable();
  SetTable(SetTable&&) noexcept = default;
  SetTable& operator=(SetTable&&) noexcept = default;
  SetTable(const SetTable&) = default;
  SetTable& operator=(const SetTable&) = default;
  // set(fs) / frozenset(fs) / set.copy(): set_merge into an empty table (§3.1). The copy can
  // differ in order from `s` when the table size changes.
  static SetTable copy_of(const SetObj* s);

  // set_add_key / set_add_entry (§2.2): in the order given.
  void add(const Value& key);
  void add_entry(const Value& key, int64_t hash);
  // add_entry of a key whose depth (depth_of) the caller knows, sparing a read of the key
  // object: when the keys come from another frozenset's table (its depth less one bounds them
  // all exactly, as equal keys have equal depths) or are interned cells.
  void add_entry(const Value& key, int64_t hash, uint32_t key_depth);
  static constexpr uint32_t kDepthOfKey = UINT32_MAX;
  // set_discard_entry (§2.5): leaves a dummy. Returns whether the key was present.
  bool discard(const Value& key);
  // set_update_internal with a set argument: set_merge (§3.1).
  void merge(const SetObj* other);
  void merge(const SetTable& other);
  // set_difference_update_internal (s -= other).
  void difference_update(const SetObj* other);

  bool contains(const Value& key) const;
  uint32_t size() const { return used_; }
  uint32_t mask() const { return mask_; }

  // The frozenset whose table is exactly this one (a frozenset built from a generator or display
  // keeps the table it was built in).
  Value freeze() const;

  // Iterate live keys in slot order.
  template <class F>
  void for_each(F&& f) const {
    for (uint32_t k = 0; k <= mask_; ++k) {
      const SetEntry& e = table_[k];
      if (is_live(e)) f(e.key, e.hash);
    }
  }

 private:
  void resize(uint64_t minused);
  void insert_clean(SetEntry* table, uint32_t mask, const Value& key, int64_t hash);
  void merge_entries(const SetEntry* table, uint32_t mask, uint32_t used, uint32_t fill);

  std::vector<SetEntry> table_;
  uint32_t mask_ = 7;
  uint32_t fill_ = 0;
  uint32_t used_ = 0;
  uint32_t depth_ = 0;
};

// ---- frozenset operations ----
Value empty_frozenset();
// Probing lookup (set_contains_key).
bool set_contains(const SetObj* s, const Value& key);
// frozenset(fs) of an exact frozenset: the same object.
// a | b (set_or), a & b (set_intersection), a - b (set_difference); results are frozensets.
Value set_union(const SetObj* a, const SetObj* b);
Value set_intersection(const SetObj* a, const SetObj* b);
Value set_difference(const SetObj* a, const SetObj* b);
// a <= b (issubset)
bool set_issubset(const SetObj* a, const SetObj* b);
// frozenset({v}) (initset): a one-element display copied into a frozenset.
Value set_of_one(const Value& v);

}  // namespace batt::rt
