// The value model: the Python objects arc-dsl programs produce (int, bool, tuple, frozenset,
// function, None) as one 16-byte tagged value. Heap objects are immutable once built and live in
// an arena (arena.h) that is reset after each input, so values carry no reference counts.
#pragma once
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <vector>

namespace batt::rt {

enum class Kind : uint8_t {
  None,
  Bool,
  Int,
  Tuple,
  FrozenSet,
  Function,
  // Internal slot markers of set tables; never seen outside set.h/set.cpp.
  Null,
  Dummy,
};

struct TupleObj;
struct SetObj;
struct FuncObj;

struct Value {
  Kind kind = Kind::None;
  union {
    int64_t i = 0;
    const TupleObj* t;
    const SetObj* s;
    const FuncObj* f;
  };

  static Value none() { return Value{}; }
  static Value boolean(bool b) {
    Value v;
    v.kind = Kind::Bool;
    v.i = b ? 1 : 0;
    return v;
  }
  static Value integer(int64_t n) {
    Value v;
    v.kind = Kind::Int;
    v.i = n;
    return v;
  }
  static Value tuple(const TupleObj* o) {
    Value v;
    v.kind = Kind::Tuple;
    v.t = o;
    return v;
  }
  static Value frozenset(const SetObj* o) {
    Value v;
    v.kind = Kind::FrozenSet;
    v.s = o;
    return v;
  }
  static Value function(const FuncObj* o) {
    Value v;
    v.kind = Kind::Function;
    v.f = o;
    return v;
  }

  // isinstance(x, int): bool is an int in Python.
  bool is_int() const { return kind == Kind::Int || kind == Kind::Bool; }
  bool is_bool() const { return kind == Kind::Bool; }
  bool is_tuple() const { return kind == Kind::Tuple; }
  bool is_set() const { return kind == Kind::FrozenSet; }
  bool is_function() const { return kind == Kind::Function; }
  bool is_none() const { return kind == Kind::None; }
  bool is_container() const { return kind == Kind::Tuple || kind == Kind::FrozenSet; }
};
static_assert(sizeof(Value) == 16);

// Nesting depth of containers is bounded so that hashing, comparison and repr (which recurse)
// never overflow the C++ stack; CPython raises RecursionError in repr at a similar depth.
inline constexpr uint32_t kMaxNesting = 20000;

struct TupleObj {
  uint32_t size;
  uint32_t depth;  // 1 + the largest depth of an element (0 for scalars)
  mutable int64_t hash_cache;
  mutable bool hashed;
  const Value* items() const { return reinterpret_cast<const Value*>(this + 1); }
  Value* items() { return reinterpret_cast<Value*>(this + 1); }
  const Value& operator[](size_t k) const { return items()[k]; }
  const Value* begin() const { return items(); }
  const Value* end() const { return items() + size; }
};
static_assert(sizeof(TupleObj) % alignof(Value) == 0);

// One slot of a CPython set table: key.kind is Null for an empty slot and Dummy for a deleted one.
struct SetEntry {
  Value key;
  int64_t hash;
};

// A frozenset: CPython's hash table layout exactly (SET-ORDER.md), so iteration order is
// CPython's. `fill` counts live keys plus dummies, as in setobject.c.
struct SetObj {
  uint32_t used;
  uint32_t fill;
  uint32_t mask;
  uint32_t depth;
  mutable int64_t hash_cache;
  mutable bool hashed;
  const SetEntry* table() const { return reinterpret_cast<const SetEntry*>(this + 1); }
  SetEntry* table() { return reinterpret_cast<SetEntry*>(this + 1); }
};
static_assert(sizeof(SetObj) % alignof(SetEntry) == 0);

inline uint32_t depth_of(const Value& v) {
  if (v.kind == Kind::Tuple) return v.t->depth;
  if (v.kind == Kind::FrozenSet) return v.s->depth;
  return 0;
}

// ---- construction (allocates in the current arena) ----

// A tuple with `n` slots to be filled by the caller, then sealed with finish_tuple().
TupleObj* new_tuple(size_t n);
Value finish_tuple(TupleObj* t);
Value make_tuple(std::span<const Value> items);
Value make_tuple(std::initializer_list<Value> items);
// Exact overloads for vectors, so that argument-dependent lookup never prefers std::make_tuple.
inline Value make_tuple(const std::vector<Value>& items) { return make_tuple(std::span<const Value>(items)); }
inline Value make_tuple(std::vector<Value>& items) { return make_tuple(std::span<const Value>(items)); }
inline Value make_tuple(std::vector<Value>&& items) { return make_tuple(std::span<const Value>(items)); }
Value make_pair(int64_t a, int64_t b);

// Small pairs and cells are interned: one immortal, pre-hashed tuple per pair (i, j) of plain
// ints with both in [kInternLo, kInternLo + kInternSpan), and per cell (v, (i, j)) with v a colour
// 0..9 and i, j in [0, kCellSpan) (every cell of an ARC grid, and of most objects shifted or
// upscaled beyond it), built on first use (9 MB) and shared by all threads (interned.cpp).
// make_tuple and the grid fast paths return them. Nothing observes a tuple's identity (dsl.py
// never uses `is`; hashes, order and repr come from the contents), so sharing only saves memory
// and makes equal tuples compare by address.
inline constexpr int64_t kInternLo = -64;
inline constexpr uint64_t kInternSpan = 256;
inline constexpr uint64_t kCellColors = 10;
inline constexpr uint64_t kCellSpan = 128;
struct InternedPair {
  TupleObj head;
  Value items[2];
};
const InternedPair* interned_pairs();  // row-major: (i, j) at (i - lo) * span + (j - lo)
const InternedPair* interned_cells();  // (v, (i, j)) at (v * kCellSpan + i) * kCellSpan + j

// The interned (i, j), or nullptr when i or j is out of range.
inline const TupleObj* interned_pair(int64_t i, int64_t j) {
  const uint64_t a = static_cast<uint64_t>(i - kInternLo), b = static_cast<uint64_t>(j - kInternLo);
  if (a >= kInternSpan || b >= kInternSpan) return nullptr;
  return &interned_pairs()[a * kInternSpan + b].head;
}

// The interned tuple (x, y), or nullptr: a pair of plain ints in range, or a colour and an
// interned pair in the cell range.
inline const TupleObj* interned_tuple2(const Value& x, const Value& y) {
  if (x.kind != Kind::Int) return nullptr;
  if (y.kind == Kind::Int) return interned_pair(x.i, y.i);
  if (y.kind != Kind::Tuple || static_cast<uint64_t>(x.i) >= kCellColors) return nullptr;
  const uint64_t k = static_cast<uint64_t>(reinterpret_cast<uintptr_t>(y.t) -
                                           reinterpret_cast<uintptr_t>(interned_pairs())) /
                     sizeof(InternedPair);
  if (k >= kInternSpan * kInternSpan) return nullptr;  // not an interned pair
  const uint64_t i = k / kInternSpan + kInternLo, j = k % kInternSpan + kInternLo;
  if (i >= kCellSpan || j >= kCellSpan) return nullptr;  // (negative ones wrap around)
  return &interned_cells()[(static_cast<uint64_t>(x.i) * kCellSpan + i) * kCellSpan + j].head;
}

Value empty_tuple();

// ---- iteration in Python order (tuple order, or set slot order) ----

class ElemIter {
 public:
  ElemIter(const char* p, const char* end, uint32_t stride, bool skip)
      : p_(p), end_(end), stride_(stride), skip_(skip) {
    settle();
  }
  const Value& operator*() const { return *reinterpret_cast<const Value*>(p_); }
  const Value* operator->() const { return reinterpret_cast<const Value*>(p_); }
  ElemIter& operator++() {
    p_ += stride_;
    settle();
    return *this;
  }
  bool operator!=(const ElemIter& o) const { return p_ != o.p_; }
  bool operator==(const ElemIter& o) const { return p_ == o.p_; }

 private:
  void settle() {
    if (!skip_) return;
    while (p_ != end_) {
      Kind k = reinterpret_cast<const Value*>(p_)->kind;
      if (k != Kind::Null && k != Kind::Dummy) break;
      p_ += stride_;
    }
  }
  const char* p_;
  const char* end_;
  uint32_t stride_;
  bool skip_;
};

struct ElemRange {
  ElemIter b, e;
  ElemIter begin() const { return b; }
  ElemIter end() const { return e; }
};

// (Inline: every loop over a container starts here, most over a handful of items.)
inline ElemRange elems(const TupleObj* t) {
  const char* b = reinterpret_cast<const char*>(t->items());
  const char* e = reinterpret_cast<const char*>(t->items() + t->size);
  return {ElemIter(b, e, sizeof(Value), false), ElemIter(e, e, sizeof(Value), false)};
}
inline ElemRange elems(const SetObj* s) {
  const char* b = reinterpret_cast<const char*>(s->table());
  const char* e = reinterpret_cast<const char*>(s->table() + s->mask + 1);
  return {ElemIter(b, e, sizeof(SetEntry), true), ElemIter(e, e, sizeof(SetEntry), true)};
}
[[noreturn]] void raise_not_iterable();  // TypeError: 'int' object is not iterable
// iter(x) for a tuple or frozenset; TypeError ("'int' object is not iterable") otherwise.
inline ElemRange iterate(const Value& v) {
  if (v.kind == Kind::Tuple) return elems(v.t);
  if (v.kind == Kind::FrozenSet) return elems(v.s);
  raise_not_iterable();
}

}  // namespace batt::rt
