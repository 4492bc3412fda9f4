#include "runtime/set.h"

#include <algorithm>
#include <cstring>

#include "runtime/arena.h"
#include "runtime/budget.h"
#include "runtime/object.h"

namespace batt::rt {
namespace {

constexpr uint32_t kMinSize = 8;
constexpr uint32_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

Value dummy_key() {
  Value v;
  v.kind = Kind::Dummy;
  return v;
}

Value null_key() {
  Value v;
  v.kind = Kind::Null;
  return v;
}

void clear_table(std::vector<SetEntry>& t, size_t n) {
  t.assign(n, SetEntry{null_key(), 0});
}

// `startkey == key` in CPython's probes: the same object (or the same int) is equal without a
// comparison.
bool identical(const Value& a, const Value& b) { return a.kind == b.kind && a.i == b.i; }

// set_lookkey: the slot holding a key equal to `key`, or nullptr.
const SetEntry* lookkey(const SetEntry* table, uint32_t mask, const Value& key, int64_t hash) {
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  while (true) {
    const SetEntry* entry = &table[i];
    uint32_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      if (entry->key.kind == Kind::Null) return nullptr;
      if (entry->hash == hash && (identical(entry->key, key) ||
                                  (entry->key.kind != Kind::Dummy && py_eq(entry->key, key))))
        return entry;
      ++entry;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// Table buffers are kept per thread for reuse: most sets are small and short-lived, and a malloc
// and a free each would cost more than filling them.
constexpr size_t kPooledBuffers = 8;
constexpr size_t kMaxPooledEntries = size_t{1} << 16;
thread_local std::vector<std::vector<SetEntry>> tls_buffers;

std::vector<SetEntry> take_buffer() {
  std::vector<std::vector<SetEntry>>& pool = tls_buffers;
  if (pool.empty()) return {};
  std::vector<SetEntry> t = std::move(pool.back());
  pool.pop_back();
  return t;
}

void give_back(std::vector<SetEntry>&& t) {
  std::vector<std::vector<SetEntry>>& pool = tls_buffers;
  if (t.capacity() == 0 || t.capacity() > kMaxPooledEntries || pool.size() >= kPooledBuffers)
    return;
  pool.push_back(std::move(t));
}

}  // namespace

SetTable::SetTable() : table_(take_buffer()) { clear_table(table_, kMinSize); }

SetTable::~SetTable() { give_back(std::move(table_)); }

void SetTable::insert_clean(SetEntry* table, uint32_t mask, const Value& key, int64_t hash) {
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  while (true) {
    SetEntry* entry = &table[i];
    if (entry->key.kind == Kind::Null) {
      entry->key = key;
      entry->hash = hash;
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (uint32_t j = 0; j < kLinearProbes; ++j) {
        ++entry;
        if (entry->key.kind == Kind::Null) {
          entry->key = key;
          entry->hash = hash;
          return;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// set_table_resize
void SetTable::resize(uint64_t minused) {
  uint64_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;
  if (newsize == kMinSize && mask_ == kMinSize - 1 && fill_ == used_) return;
  // Moving an entry is a few nanoseconds of C in CPython, against ~100 for the Python-level step
  // that added it (and was charged for it): an eighth of a unit each keeps runaway growth bounded
  // without charging a set of n elements ~6n units for its resizes.
  charge(static_cast<int64_t>(used_ / 8));
  std::vector<SetEntry> old = take_buffer();
  old.swap(table_);
  clear_table(table_, newsize);
  mask_ = static_cast<uint32_t>(newsize - 1);
  for (const SetEntry& e : old)
    if (is_live(e)) insert_clean(table_.data(), mask_, e.key, e.hash);
  fill_ = used_;
  give_back(std::move(old));
}

// set_add_entry
void SetTable::add_entry(const Value& key, int64_t hash) { add_entry(key, hash, kDepthOfKey); }

void SetTable::add_entry(const Value& key, int64_t hash, uint32_t key_depth) {
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask_;
  SetEntry* freeslot = nullptr;
  SetEntry* entry;
  while (true) {
    entry = &table_[i];
    uint32_t probes = (i + kLinearProbes <= mask_) ? kLinearProbes : 0;
    do {
      if (entry->key.kind == Kind::Null) goto found_unused_or_dummy;
      if (entry->hash == hash) {
        // found_active: the existing key object stays (the same object first, as CPython does)
        if (identical(entry->key, key) || py_eq(entry->key, key)) return;
      } else if (entry->hash == -1) {
        freeslot = entry;  // the last dummy seen wins (3.11)
      }
      ++entry;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask_;
  }
found_unused_or_dummy:
  depth_ = std::max(depth_, key_depth == kDepthOfKey ? depth_of(key) : key_depth);
  if (freeslot) {
    ++used_;
    freeslot->key = key;
    freeslot->hash = hash;
    return;
  }
  ++fill_;
  ++used_;
  entry->key = key;
  entry->hash = hash;
  if (static_cast<uint64_t>(fill_) * 5 < static_cast<uint64_t>(mask_) * 3) return;
  resize(used_ > 50000 ? static_cast<uint64_t>(used_) * 2 : static_cast<uint64_t>(used_) * 4);
}

void SetTable::add(const Value& key) { add_entry(key, py_hash(key)); }

bool SetTable::contains(const Value& key) const {
  return lookkey(table_.data(), mask_, key, py_hash(key)) != nullptr;
}

bool SetTable::discard(const Value& key) {
  const SetEntry* e = lookkey(table_.data(), mask_, key, py_hash(key));
  if (!e) return false;
  SetEntry* m = const_cast<SetEntry*>(e);
  m->key = dummy_key();
  m->hash = -1;
  --used_;
  return true;
}

// set_merge(so, other) for a set/frozenset `other`
void SetTable::merge_entries(const SetEntry* otable, uint32_t omask, uint32_t oused,
                             uint32_t ofill) {
  if (oused == 0) return;
  charge(oused);
  if (static_cast<uint64_t>(fill_ + oused) * 5 >= static_cast<uint64_t>(mask_) * 3)
    resize(static_cast<uint64_t>(used_ + oused) * 2);
  if (fill_ == 0 && mask_ == omask && ofill == oused) {
    std::memcpy(table_.data(), otable, sizeof(SetEntry) * (omask + 1));
    fill_ = ofill;
    used_ = oused;
  } else if (fill_ == 0) {
    for (uint32_t k = 0; k <= omask; ++k)
      if (is_live(otable[k])) insert_clean(table_.data(), mask_, otable[k].key, otable[k].hash);
    fill_ = used_ = oused;
  } else {
    for (uint32_t k = 0; k <= omask; ++k)
      if (is_live(otable[k])) add_entry(otable[k].key, otable[k].hash);
    return;
  }
  for (uint32_t k = 0; k <= omask; ++k)
    if (is_live(otable[k])) depth_ = std::max(depth_, depth_of(otable[k].key));
}

void SetTable::merge(const SetObj* other) {
  merge_entries(other->table(), other->mask, other->used, other->fill);
}

void SetTable::merge(const SetTable& other) {
  if (&other == this) return;
  merge_entries(other.table_.data(), other.mask_, other.used_, other.fill_);
}

void SetTable::difference_update(const SetObj* other) {
  const SetEntry* t = other->table();
  for (uint32_t k = 0; k <= other->mask; ++k)
    if (is_live(t[k])) discard(t[k].key);
  if ((fill_ - used_) <= mask_ / 4) return;
  resize(used_ > 50000 ? static_cast<uint64_t>(used_) * 2 : static_cast<uint64_t>(used_) * 4);
}

SetTable SetTable::copy_of(const SetObj* s) {
  SetTable r;
  r.merge(s);
  return r;
}

Value SetTable::freeze() const {
  size_t n = static_cast<size_t>(mask_) + 1;
  auto* o = static_cast<SetObj*>(arena_alloc(sizeof(SetObj) + sizeof(SetEntry) * n));
  o->used = used_;
  o->fill = fill_;
  o->mask = mask_;
  o->depth = used_ ? depth_ + 1 : 0;
  o->hashed = false;
  o->hash_cache = 0;
  if (o->depth > kMaxNesting) raise(Exc::RecursionError);
  std::memcpy(o->table(), table_.data(), sizeof(SetEntry) * n);
  return Value::frozenset(o);
}

Value empty_frozenset() { return SetTable().freeze(); }

bool set_contains(const SetObj* s, const Value& key) {
  return lookkey(s->table(), s->mask, key, py_hash(key)) != nullptr;
}

// set_or: copy(a), then merge b.
Value set_union(const SetObj* a, const SetObj* b) {
  SetTable r = SetTable::copy_of(a);
  if (a != b) r.merge(b);
  return r.freeze();
}

// set_intersection
Value set_intersection(const SetObj* a, const SetObj* b) {
  if (a == b) return SetTable::copy_of(a).freeze();
  SetTable r;
  if (b->used > a->used) std::swap(a, b);  // iterate the smaller; on a tie, the right operand
  const SetEntry* t = b->table();
  charge(b->used);
  for (uint32_t k = 0; k <= b->mask; ++k) {
    if (!is_live(t[k])) continue;
    if (lookkey(a->table(), a->mask, t[k].key, t[k].hash)) r.add_entry(t[k].key, t[k].hash);
  }
  return r.freeze();
}

// set_difference
Value set_difference(const SetObj* a, const SetObj* b) {
  if ((a->used >> 2) > b->used) {
    // set_copy_and_difference: the copy keeps its dummies (the resize check cannot fire here).
    SetTable r = SetTable::copy_of(a);
    r.difference_update(b);
    return r.freeze();
  }
  SetTable r;
  const SetEntry* t = a->table();
  charge(a->used);
  for (uint32_t k = 0; k <= a->mask; ++k) {
    if (!is_live(t[k])) continue;
    if (!lookkey(b->table(), b->mask, t[k].key, t[k].hash)) r.add_entry(t[k].key, t[k].hash);
  }
  return r.freeze();
}

bool set_issubset(const SetObj* a, const SetObj* b) {
  if (a->used > b->used) return false;
  const SetEntry* t = a->table();
  for (uint32_t k = 0; k <= a->mask; ++k)
    if (is_live(t[k]) && !lookkey(b->table(), b->mask, t[k].key, t[k].hash)) return false;
  return true;
}

Value set_of_one(const Value& v) {
  SetTable display;
  display.add(v);
  SetTable r;
  r.merge(display);
  return r.freeze();
}

}  // namespace batt::rt
