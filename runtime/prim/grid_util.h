// Helpers shared by the grid, objects and transform primitive families: recognising well-formed
// grids for the fast paths, CPython's hashes of index pairs and cells computed without building
// the tuples, and the small Python idioms (`0 <= i < h`, a nested dsl call's frame) these
// families repeat. Fast paths built on these must stay provably identical to the
// transliterations they shortcut.
#pragma once
#include <algorithm>
#include <cstdint>
#include <memory>
#include <vector>

#include "runtime/arena.h"
#include "runtime/prim/prim.h"

namespace batt::rt::prim::gridutil {

// A grid every fast path can use: a tuple of `h` row tuples, each of exactly `w` items.
struct RectGrid {
  const TupleObj* g = nullptr;
  uint32_t h = 0;
  uint32_t w = 0;
  const Value& at(uint32_t i, uint32_t j) const { return (*(*g)[i].t)[j]; }
  const TupleObj* row(uint32_t i) const { return (*g)[i].t; }
};

// Whether `grid` is a tuple of row tuples of one length (h == 0 gives w == 0). With
// `ints_only`, every cell must also be an int or a bool, so == is a comparison of `.i`.
inline bool as_rect(const Value& grid, RectGrid& out, bool ints_only) {
  if (!grid.is_tuple()) return false;
  const TupleObj* g = grid.t;
  out.g = g;
  out.h = g->size;
  out.w = 0;
  if (g->size == 0) return true;
  if (!(*g)[0].is_tuple()) return false;
  uint32_t w = (*g)[0].t->size;
  for (const Value& r : *g) {
    if (!r.is_tuple() || r.t->size != w) return false;
    if (ints_only)
      for (const Value& v : *r.t)
        if (!v.is_int()) return false;
  }
  out.w = w;
  return true;
}

// x == y with the int/bool case inlined.
inline bool eq(const Value& x, const Value& y) {
  if (x.is_int() && y.is_int()) return x.i == y.i;
  return py_eq(x, y);
}

// `0 <= x < n` for any x: a non-int x raises TypeError at `0 <= x`.
inline bool in_range(const Value& x, int64_t n) {
  if (!x.is_int()) raise(Exc::TypeError);  // '<=' not supported between 'int' and ...
  return 0 <= x.i && x.i < n;
}

// CPython's hash of a small int (hash(-1) == -2), valid for |n| < 2**61 - 1.
inline int64_t small_int_hash(int64_t n) { return n == -1 ? -2 : n; }

// tuplehash of a 2-tuple whose items hash to `a` and `b` (SET-ORDER.md §1.3).
inline int64_t hash2(int64_t a, int64_t b) {
  constexpr uint64_t P1 = 11400714785074694791ULL;
  constexpr uint64_t P2 = 14029467366897019727ULL;
  constexpr uint64_t P5 = 2870177450012600261ULL;
  uint64_t acc = P5;
  acc += static_cast<uint64_t>(a) * P2;
  acc = (acc << 31) | (acc >> 33);
  acc *= P1;
  acc += static_cast<uint64_t>(b) * P2;
  acc = (acc << 31) | (acc >> 33);
  acc *= P1;
  acc += 2ULL ^ (P5 ^ 3527539ULL);
  if (acc == UINT64_MAX) return 1546275796;
  return static_cast<int64_t>(acc);
}

// hash((i, j)) for small ints.
inline int64_t pair_hash(int64_t i, int64_t j) {
  return hash2(small_int_hash(i), small_int_hash(j));
}

// A new tuple (a, b) whose hash is already known (cached as py_hash would cache it). The fields
// new_tuple/finish_tuple would set are set here directly: this is the innermost step of every
// set of cells or pairs.
inline Value tuple2_hashed(const Value& a, const Value& b, int64_t hash,
                           uint32_t* depth_out = nullptr) {
  if (const TupleObj* t = interned_tuple2(a, b)) {  // small pair or cell: no need to read a, b
    charge(3);
    if (depth_out) *depth_out = b.kind == Kind::Int ? 1 : 2;
    return Value::tuple(t);
  }
  uint32_t depth = 1 + std::max(depth_of(a), depth_of(b));
  if (depth > kMaxNesting) raise(Exc::RecursionError);
  charge(3);
  auto* t = static_cast<TupleObj*>(arena_alloc(sizeof(TupleObj) + 2 * sizeof(Value)));
  t->size = 2;
  t->depth = depth;
  t->hash_cache = hash;
  t->hashed = true;
  t->items()[0] = a;
  t->items()[1] = b;
  if (depth_out) *depth_out = depth;
  return Value::tuple(t);
}

// A pair (i, j) of ints, its hash cached (interned when small).
inline Value pair_hashed(int64_t i, int64_t j) {
  return tuple2_hashed(Value::integer(i), Value::integer(j), pair_hash(i, j));
}

// A new tuple (i, j) of the given values, and its hash (computed without hashing the tuple when
// both are small ints).
inline Value pair_of(const Value& i, const Value& j, int64_t* hash) {
  constexpr int64_t kSmall = int64_t{1} << 60;
  if (i.is_int() && j.is_int() && i.i > -kSmall && i.i < kSmall && j.i > -kSmall && j.i < kSmall) {
    *hash = pair_hash(i.i, j.i);
    return tuple2_hashed(i, j, *hash);  // interned when small plain ints (not (True, 0))
  }
  Value p = make_tuple({i, j});
  *hash = py_hash(p);
  return p;
}

// A new cell (v, (i, j)) and its hash (and its depth, when asked).
inline Value cell_of(const Value& v, const Value& i, const Value& j, int64_t* hash,
                     uint32_t* depth = nullptr) {
  int64_t ph;
  Value ij = pair_of(i, j, &ph);
  *hash = hash2(py_hash(v), ph);
  return tuple2_hashed(v, ij, *hash, depth);
}

// Enters and leaves `k` nested Python frames at once: the depth a call or generator that a fast
// path skips would have reached, so that RecursionError strikes where CPython's does.
inline void touch_frames(int k) {
  if (k <= 0) return;
  Frame frame;
  touch_frames(k - 1);
}

// A call from one dsl function to another (cover calling fill): one more Python frame.
inline Value dsl(Value (*fn)(const Value&), const Value& a) {
  Frame frame;
  return fn(a);
}
inline Value dsl(Value (*fn)(const Value&, const Value&), const Value& a, const Value& b) {
  Frame frame;
  return fn(a, b);
}
inline Value dsl(Value (*fn)(const Value&, const Value&, const Value&), const Value& a,
                 const Value& b, const Value& c) {
  Frame frame;
  return fn(a, b, c);
}

// Tuples and grids larger than this are reported as a memory limit: CPython takes more than its
// 2 s to build them (canvas(0, (1, 30M)) takes 1.7 s here, (1, 60M) times out; docs/runtime.md
// "Memory"), and the fuel of building them (a unit per item at least) stops ours first anyway.
inline constexpr int64_t kMaxItems = int64_t{1} << 26;
inline void check_items(int64_t n) {
  if (n > kMaxItems) raise(Exc::Memory);
}

// A frozenset copied from a mutable set: frozenset(s) is set_merge into an empty set.
inline Value frozen_copy(const SetTable& s) {
  SetTable r;
  r.merge(s);
  return r.freeze();
}

// CPython's set table (SET-ORDER.md §2-§4) over keys named by non-negative int ids, where equal
// keys have equal ids, with each id's hash supplied by the caller. The fast paths of objects and
// mostcolor run their Python sets through this instead of SetTable: the same probe sequence,
// resize policy and merge paths, so the same slot order, without building the keys.
class IdSet {
 public:
  static constexpr int32_t kNull = -1;
  static constexpr int32_t kDummy = -2;

  explicit IdSet(const int64_t* hashes = nullptr) : hashes_(hashes) { reset(); }
  // The hashes of the ids (the array may have moved or grown; the ids keep their hashes).
  void rebind(const int64_t* hashes) { hashes_ = hashes; }
  IdSet(const IdSet&) = delete;
  IdSet& operator=(const IdSet&) = delete;
  IdSet(IdSet&&) = default;
  IdSet& operator=(IdSet&&) = default;

  // set(): an empty 8-slot table (the capacity is kept for reuse).
  void reset() {
    table_.assign(8, kNull);
    mask_ = 7;
    fill_ = used_ = 0;
  }

  uint32_t size() const { return used_; }
  uint32_t mask() const { return mask_; }
  uint32_t fill() const { return fill_; }
  const int32_t* table() const { return table_.data(); }

  // set_add_entry
  void add(int32_t id) {
    uint64_t hash = static_cast<uint64_t>(hashes_[id]);
    uint64_t perturb = hash;
    uint64_t i = hash & mask_;
    int32_t* freeslot = nullptr;
    int32_t* entry;
    while (true) {
      entry = &table_[i];
      uint32_t probes = (i + 9 <= mask_) ? 9 : 0;
      do {
        if (*entry == kNull) goto found_unused;
        if (*entry == id) return;
        if (*entry == kDummy) freeslot = entry;
        ++entry;
      } while (probes--);
      perturb >>= 5;
      i = (i * 5 + 1 + perturb) & mask_;
    }
  found_unused:
    if (freeslot) {
      *freeslot = id;
      ++used_;
      return;
    }
    *entry = id;
    ++fill_;
    ++used_;
    if (static_cast<uint64_t>(fill_) * 5 >= static_cast<uint64_t>(mask_) * 3)
      resize(used_ > 50000 ? uint64_t{used_} * 2 : uint64_t{used_} * 4);
  }

  // set_merge(self, other) where other's table is `otable[0..omask]`.
  void merge(const int32_t* otable, uint32_t omask, uint32_t oused, uint32_t ofill) {
    if (oused == 0) return;
    if (static_cast<uint64_t>(fill_ + oused) * 5 >= static_cast<uint64_t>(mask_) * 3)
      resize(static_cast<uint64_t>(used_ + oused) * 2);
    if (fill_ == 0 && mask_ == omask && ofill == oused) {
      std::copy(otable, otable + omask + 1, table_.begin());
      fill_ = ofill;
      used_ = oused;
    } else if (fill_ == 0) {
      for (uint32_t k = 0; k <= omask; ++k)
        if (otable[k] >= 0) insert_clean(otable[k]);
      fill_ = used_ = oused;
    } else {
      for (uint32_t k = 0; k <= omask; ++k)
        if (otable[k] >= 0) add(otable[k]);
    }
  }
  void merge(const IdSet& other) { merge(other.table(), other.mask_, other.used_, other.fill_); }

  // self = a - b where b is given by membership (`in_b(id)`) and its size (set_difference).
  template <class InB>
  void assign_difference(const IdSet& a, InB&& in_b, uint64_t b_size) {
    reset();
    if ((a.used_ >> 2) > b_size) {
      // set_copy_and_difference: copy a, then discard b's keys (leaving dummies).
      merge(a);
      for (uint32_t k = 0; k <= mask_; ++k) {
        if (table_[k] >= 0 && in_b(table_[k])) {
          table_[k] = kDummy;
          --used_;
        }
      }
      if ((fill_ - used_) > mask_ / 4)
        resize(used_ > 50000 ? uint64_t{used_} * 2 : uint64_t{used_} * 4);
      return;
    }
    for (uint32_t k = 0; k <= a.mask_; ++k)
      if (a.table_[k] >= 0 && !in_b(a.table_[k])) add(a.table_[k]);
  }

  // The slot of `id` (present, with hash `hash`) in the table `table[0..mask]` built by add():
  // add()'s probe sequence, stopping at the id.
  static uint32_t find_slot(const int32_t* table, uint32_t mask, uint64_t hash, int32_t id) {
    uint64_t perturb = hash;
    uint64_t i = hash & mask;
    while (true) {
      uint32_t probes = (i + 9 <= mask) ? 9 : 0;
      uint64_t k = i;
      do {
        if (table[k] == id) return static_cast<uint32_t>(k);
        ++k;
      } while (probes--);
      perturb >>= 5;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }

  // A hint that `id` will be added soon (its first slot is fetched into the cache).
  void prefetch(int32_t id) const {
    __builtin_prefetch(table_.data() + (static_cast<uint64_t>(hashes_[id]) & mask_), 1);
  }

  // Live ids in slot order.
  template <class F>
  void for_each(F&& f) const {
    for (uint32_t k = 0; k <= mask_; ++k)
      if (table_[k] >= 0) f(table_[k]);
  }

 private:
  // set_insert_clean
  void insert_clean(int32_t id) {
    uint64_t hash = static_cast<uint64_t>(hashes_[id]);
    uint64_t perturb = hash;
    uint64_t i = hash & mask_;
    while (true) {
      int32_t* entry = &table_[i];
      if (*entry == kNull) {
        *entry = id;
        return;
      }
      if (i + 9 <= mask_) {
        for (uint32_t j = 0; j < 9; ++j) {
          ++entry;
          if (*entry == kNull) {
            *entry = id;
            return;
          }
        }
      }
      perturb >>= 5;
      i = (i * 5 + 1 + perturb) & mask_;
    }
  }

  // set_table_resize
  void resize(uint64_t minused) {
    uint64_t newsize = 8;
    while (newsize <= minused) newsize <<= 1;
    if (newsize == 8 && mask_ == 7 && fill_ == used_) return;
    old_.swap(table_);
    uint32_t oldmask = mask_;
    table_.assign(newsize, kNull);
    mask_ = static_cast<uint32_t>(newsize - 1);
    // The old table's ids are in random order, so are their hashes and new slots: fetch the
    // hash of an id 16 ahead and the slot of one 8 ahead (whose hash came in 8 steps ago).
    constexpr uint32_t kAhead = 8;
    for (uint32_t k = 0; k <= oldmask; ++k) {
      if (k + 2 * kAhead <= oldmask && old_[k + 2 * kAhead] >= 0)
        __builtin_prefetch(hashes_ + old_[k + 2 * kAhead]);
      if (k + kAhead <= oldmask && old_[k + kAhead] >= 0) prefetch(old_[k + kAhead]);
      if (old_[k] >= 0) insert_clean(old_[k]);
    }
    fill_ = used_;
  }

  const int64_t* hashes_;
  std::vector<int32_t> table_;
  std::vector<int32_t> old_;
  uint32_t mask_ = 7;
  uint32_t fill_ = 0;
  uint32_t used_ = 0;
};

// The frozenset whose table is the IdSet table `table[0..mask]`: live ids become keys
// (key_of(id), hashes[id]), in place, as SetTable::freeze keeps a table.
template <class KeyOf>
Value materialize(const int32_t* table, uint32_t mask, uint32_t used, uint32_t fill,
                  const int64_t* hashes, KeyOf&& key_of) {
  size_t n = static_cast<size_t>(mask) + 1;
  charge(static_cast<int64_t>(n));
  auto* o = static_cast<SetObj*>(arena_alloc(sizeof(SetObj) + sizeof(SetEntry) * n));
  o->used = used;
  o->fill = fill;
  o->mask = mask;
  o->hashed = false;
  o->hash_cache = 0;
  uint32_t depth = 0;
  SetEntry* t = o->table();
  for (size_t k = 0; k < n; ++k) {
    int32_t id = table[k];
    if (id >= 0) {
      t[k].key = key_of(id);
      t[k].hash = hashes[id];
      depth = std::max(depth, depth_of(t[k].key));
    } else {
      t[k].key = Value();
      t[k].key.kind = id == IdSet::kDummy ? Kind::Dummy : Kind::Null;
      t[k].hash = id == IdSet::kDummy ? -1 : 0;
    }
  }
  o->depth = used ? depth + 1 : 0;
  if (o->depth > kMaxNesting) raise(Exc::RecursionError);
  return Value::frozenset(o);
}

template <class KeyOf>
Value materialize(const IdSet& s, const int64_t* hashes, KeyOf&& key_of) {
  return materialize(s.table(), s.mask(), s.size(), s.fill(), hashes, key_of);
}

// frozenset(<generator>) where the generator yields keys no two of which are equal (cells of
// distinct positions, distinct pairs): the table is simulated on ids, then filled with the keys.
class DistinctSetBuilder {
 public:
  explicit DistinctSetBuilder(size_t expected = 0) {
    keys_.reserve(expected);
    hashes_.reserve(expected);
  }
  void add(const Value& key, int64_t hash) {
    keys_.push_back(key);
    hashes_.push_back(hash);
    set_.rebind(hashes_.data());
    set_.add(static_cast<int32_t>(keys_.size() - 1));
  }
  Value freeze() {
    return materialize(set_, hashes_.data(), [&](int32_t id) { return keys_[id]; });
  }

 private:
  std::vector<Value> keys_;
  std::vector<int64_t> hashes_;
  IdSet set_;
};

// The index pairs of an h x w grid, named by ids in the grid extended by one cell on each side
// (neighbours of border cells lie outside it): id(i, j) = (i + 1) * (w + 2) + (j + 1). Holds
// what depends only on the grid's shape: the pairs' hashes, the table of asindices(grid), and
// the tables of objects' neighbour comprehensions. Cached per thread for recent shapes.
struct Geometry {
  int64_t h = -1, w = -1, W = 0;
  std::vector<int64_t> hashes;   // hash((i, j)) by id
  std::vector<int32_t> indices;  // the table of asindices(grid), ids in slots
  uint32_t indices_mask = 7;
  // For each in-grid id (by id; kSlots per id), the table of the set comprehension
  //   {(i, j) for i, j in diagfun(cand) if 0 <= i < h and 0 <= j < w}
  // with diagfun dneighbors [0] or neighbors [1]: at most 4 keys (an 8-slot table) or 8 (32).
  // Built cell by cell when objects first reaches the cell (on a large grid it visits few).
  static constexpr int kSlots[2] = {8, 32};
  std::unique_ptr<int32_t[]> comp[2];   // uninitialised until the cell's mask is set
  std::vector<uint8_t> comp_mask[2];    // 0: not built yet (a built table has mask >= 7)
  std::vector<uint8_t> comp_used[2];

  int32_t id(int64_t i, int64_t j) const { return static_cast<int32_t>((i + 1) * W + (j + 1)); }
  int64_t row(int32_t id) const { return id / W - 1; }
  int64_t col(int32_t id) const { return id % W - 1; }
  size_t ids() const { return static_cast<size_t>((h + 2) * W); }

  void build(int64_t nh, int64_t nw) {
    h = nh;
    w = nw;
    W = w + 2;
    for (int d = 0; d < 2; ++d) {
      comp[d].reset();
      comp_mask[d].clear();
      comp_used[d].clear();
    }
    hashes.resize(ids());
    for (IdSet* set : {&dn_, &in_, &both_, &cs_}) set->rebind(hashes.data());
    for (int64_t i = -1; i <= h; ++i)
      for (int64_t j = -1; j <= w; ++j) hashes[id(i, j)] = pair_hash(i, j);
    // frozenset((i, j) for i in range(h) for j in range(w))
    IdSet s(hashes.data());
    // Slots are random, so the slot of the id a few ids ahead is fetched (a hint: near a row's
    // end that id is a border one, whose hash is there too).
    constexpr int32_t kAhead = 8;
    const int32_t end = static_cast<int32_t>(ids());
    for (int64_t i = 0; i < h; ++i) {
      for (int32_t k = id(i, 0); k <= id(i, w - 1); ++k) {
        if (k + kAhead < end) s.prefetch(k + kAhead);
        s.add(k);
      }
    }
    indices.assign(s.table(), s.table() + s.mask() + 1);
    indices_mask = s.mask();
  }

  // Prepares the neighbour tables for `diagonal` (each cell's is built by neighbours()).
  void prepare_comp(bool diagonal) {
    int d = diagonal ? 1 : 0;
    if (comp[d]) return;
    comp[d].reset(new int32_t[ids() * kSlots[d]]);
    comp_mask[d].assign(ids(), 0);
    comp_used[d].assign(ids(), 0);
  }

  // The neighbour table of in-grid cell `at` (prepare_comp(diagonal) first).
  const int32_t* neighbours(bool diagonal, int32_t at) {
    int d = diagonal ? 1 : 0;
    int32_t* table = comp[d].get() + static_cast<size_t>(at) * kSlots[d];
    if (comp_mask[d][at] == 0) build_neighbours(diagonal, at, table);
    return table;
  }

 private:
  void build_neighbours(bool diagonal, int32_t at, int32_t* table) {
    const int d = diagonal ? 1 : 0;
    const int64_t i = row(at), j = col(at);
    // dneighbors: frozenset({(i-1, j), (i+1, j), (i, j-1), (i, j+1)}), a display copied
    // verbatim (4 keys stay in the 8-slot table).
    dn_.reset();
    dn_.add(id(i - 1, j));
    dn_.add(id(i + 1, j));
    dn_.add(id(i, j - 1));
    dn_.add(id(i, j + 1));
    const IdSet* around = &dn_;
    if (diagonal) {
      // neighbors: dneighbors(loc) | ineighbors(loc), a copy of the first merged with the second
      in_.reset();
      in_.add(id(i - 1, j - 1));
      in_.add(id(i - 1, j + 1));
      in_.add(id(i + 1, j - 1));
      in_.add(id(i + 1, j + 1));
      both_.reset();
      both_.merge(dn_);
      both_.merge(in_);
      around = &both_;
    }
    cs_.reset();
    around->for_each([&](int32_t k) {
      int64_t ci = row(k), cj = col(k);
      if (0 <= ci && ci < h && 0 <= cj && cj < w) cs_.add(k);
    });
    std::copy(cs_.table(), cs_.table() + cs_.mask() + 1, table);
    comp_mask[d][at] = static_cast<uint8_t>(cs_.mask());
    comp_used[d][at] = static_cast<uint8_t>(cs_.size());
  }
  IdSet dn_, in_, both_, cs_;
};

// The geometry of an h x w grid (h, w >= 0, h * w <= kMaxGeometryCells), from a small per-thread
// cache (small shapes; a larger one has a slot of its own, so the cache stays a few MB). The
// reference stays valid until the next call.
inline constexpr int64_t kMaxGeometryCells = 65536;
inline Geometry& geometry(int64_t h, int64_t w) {
  constexpr int kEntries = 8;
  constexpr int64_t kSmallIds = 4096;
  thread_local Geometry cache[kEntries];
  thread_local Geometry big;
  thread_local int next = 0;
  if ((h + 2) * (w + 2) > kSmallIds) {
    if (big.h != h || big.w != w) big.build(h, w);
    return big;
  }
  for (Geometry& g : cache)
    if (g.h == h && g.w == w) return g;
  Geometry& g = cache[next];
  next = (next + 1) % kEntries;
  g.build(h, w);
  return g;
}

// frozenset((v, (i, j)) for i, r in enumerate(grid) for j, v in enumerate(r) if keep(v)):
// the cells in row-major order (asobject, and partition's objects). Positions are distinct, so
// the cells are too.
template <class Keep>
Value row_major_cells(const Value& grid, Keep&& keep, size_t expected = 0) {
  ElemRange rows = iterate(grid);
  return in_genexpr([&] {
    DistinctSetBuilder out(expected);
    int64_t i = 0;
    for (const Value& r : rows) {
      ElemRange items = iterate(r);
      charge(1 + py_len(r));
      int64_t j = 0;
      for (const Value& v : items) {
        if (keep(v)) {
          int64_t hash;
          Value c = cell_of(v, Value::integer(i), Value::integer(j), &hash);
          out.add(c, hash);
        }
        ++j;
      }
      ++i;
    }
    return out.freeze();
  });
}

}  // namespace batt::rt::prim::gridutil
