#include "runtime/object.h"

#include <atomic>

#include <algorithm>
#include <charconv>
#include <vector>

#include <fmt/format.h>

#include "runtime/budget.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/set.h"

namespace batt::rt {
namespace {

constexpr uint64_t kXXPrime1 = 11400714785074694791ULL;
constexpr uint64_t kXXPrime2 = 14029467366897019727ULL;
constexpr uint64_t kXXPrime5 = 2870177450012600261ULL;
constexpr uint64_t kHashModulus = (uint64_t{1} << 61) - 1;

// tuplehash (Objects/tupleobject.c, 3.8+)
int64_t tuple_hash(const TupleObj* t) {
  uint64_t acc = kXXPrime5;
  for (const Value& item : *t) {
    uint64_t lane = static_cast<uint64_t>(py_hash(item));
    acc += lane * kXXPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kXXPrime1;
  }
  acc += static_cast<uint64_t>(t->size) ^ (kXXPrime5 ^ 3527539ULL);
  if (acc == UINT64_MAX) return 1546275796;
  return static_cast<int64_t>(acc);
}

uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

// frozenset_hash (Objects/setobject.c): independent of the table layout.
int64_t frozenset_hash(const SetObj* s) {
  uint64_t acc = 0;
  const SetEntry* t = s->table();
  for (uint32_t k = 0; k <= s->mask; ++k) {
    Kind kind = t[k].key.kind;
    if (kind != Kind::Null && kind != Kind::Dummy) acc ^= shuffle_bits(static_cast<uint64_t>(t[k].hash));
  }
  acc ^= (static_cast<uint64_t>(s->used) + 1) * 1927868237ULL;
  acc ^= (acc >> 11) ^ (acc >> 25);
  acc = acc * 69069U + 907133923ULL;
  if (acc == UINT64_MAX) acc = 590923713ULL;
  return static_cast<int64_t>(acc);
}

// CPython 3.11 hashes functions and None by address (_Py_HashPointer), so the order of sets
// holding them is not reproducible there (SET-ORDER.md §8) and is excluded from parity. Here they
// hash deterministically — a function by its serial number (primitives by id, closures in
// creation order within the evaluation), None by a constant — so that results never depend on
// addresses, threads or runs.
int64_t serial_hash(uint64_t serial) {
  uint64_t y = (serial + 1) * 0x9E3779B97F4A7C15ULL;
  int64_t h = static_cast<int64_t>(y >> 1);
  return h == -1 ? -2 : h;
}

constexpr int64_t kNoneHash = 0x5F3759DF;

// A repr or canonical form longer than max_text_bytes() raises Exc::Memory (object.h).
std::atomic<size_t> text_limit{kDefaultMaxTextBytes};

void check_text_size(const std::string& out) {
  if (out.size() > text_limit.load(std::memory_order_relaxed)) raise(Exc::Memory);
}

enum class Op { Lt, Le, Gt, Ge };

bool int_cmp(int64_t a, int64_t b, Op op) {
  switch (op) {
    case Op::Lt: return a < b;
    case Op::Le: return a <= b;
    case Op::Gt: return a > b;
    case Op::Ge: return a >= b;
  }
  return false;
}

// PyObject_RichCompare for the ordering operators.
bool compare(const Value& a, const Value& b, Op op) {
  if (a.is_int() && b.is_int()) return int_cmp(a.i, b.i, op);
  if (a.kind == Kind::Tuple && b.kind == Kind::Tuple) {
    // tuplerichcompare: the first index where the items differ decides; else the lengths.
    const TupleObj* x = a.t;
    const TupleObj* y = b.t;
    uint32_t n = std::min(x->size, y->size);
    uint32_t i = 0;
    while (i < n && py_eq((*x)[i], (*y)[i])) ++i;
    if (i >= n) return int_cmp(x->size, y->size, op);
    return compare((*x)[i], (*y)[i], op);
  }
  if (a.kind == Kind::FrozenSet && b.kind == Kind::FrozenSet) {
    switch (op) {
      case Op::Lt: return a.s->used < b.s->used && set_issubset(a.s, b.s);
      case Op::Le: return set_issubset(a.s, b.s);
      case Op::Gt: return b.s->used < a.s->used && set_issubset(b.s, a.s);
      case Op::Ge: return set_issubset(b.s, a.s);
    }
  }
  raise(Exc::TypeError);  // '<' not supported between instances of ...
}

void repr_function(std::string& out, const FuncObj* f) {
  out += fmt::format("<function {} at {:#x}>", function_qualname(f), reinterpret_cast<uintptr_t>(f));
}

// The decimal text of v (outputs are mostly grids of digits: those skip the formatter).
void append_int(std::string& out, int64_t v) {
  if (v >= 0 && v < 10) {
    out += static_cast<char>('0' + v);
    return;
  }
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, end);
}

void canonical_to(std::string& out, const Value& v) {
  switch (v.kind) {
    case Kind::Bool:
    case Kind::Int: append_int(out, v.i); return;
    case Kind::None: out += "None"; return;
    case Kind::Function: out += "<callable>"; return;
    case Kind::Tuple: {
      out += '(';
      for (uint32_t k = 0; k < v.t->size; ++k) {
        if (k) out += ", ";
        canonical_to(out, (*v.t)[k]);
        check_text_size(out);
      }
      out += v.t->size == 1 ? ",)" : ")";
      return;
    }
    case Kind::FrozenSet: {
      std::vector<std::string> parts;
      size_t total = out.size();
      for (const Value& e : elems(v.s)) {
        std::string s;
        canonical_to(s, e);
        total += s.size() + 2;
        if (total > text_limit.load(std::memory_order_relaxed)) raise(Exc::Memory);
        parts.push_back(std::move(s));
      }
      std::sort(parts.begin(), parts.end());
      out += "frozenset({";
      for (size_t k = 0; k < parts.size(); ++k) {
        if (k) out += ", ";
        out += parts[k];
      }
      out += "})";
      return;
    }
    case Kind::Null:
    case Kind::Dummy: break;
  }
  out += "<internal>";
}

}  // namespace

int64_t int_hash(int64_t n) {
  uint64_t mag = n < 0 ? uint64_t{0} - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
  mag %= kHashModulus;
  int64_t h = n < 0 ? -static_cast<int64_t>(mag) : static_cast<int64_t>(mag);
  return h == -1 ? -2 : h;
}

int64_t py_hash(const Value& v) {
  switch (v.kind) {
    case Kind::Int: return int_hash(v.i);
    case Kind::Bool: return v.i;
    case Kind::Tuple:
      if (!v.t->hashed) {
        v.t->hash_cache = tuple_hash(v.t);
        v.t->hashed = true;
      }
      return v.t->hash_cache;
    case Kind::FrozenSet:
      if (!v.s->hashed) {
        v.s->hash_cache = frozenset_hash(v.s);
        v.s->hashed = true;
      }
      return v.s->hash_cache;
    case Kind::Function:
      ++budget().function_hashes;
      return serial_hash(v.f->serial);
    case Kind::None: return kNoneHash;
    case Kind::Null:
    case Kind::Dummy: break;
  }
  return 0;
}

bool py_eq(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) return a.i == b.i;
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case Kind::None: return true;
    case Kind::Function: return a.f == b.f;
    case Kind::Tuple: {
      if (a.t == b.t) return true;
      if (a.t->size != b.t->size) return false;
      for (uint32_t k = 0; k < a.t->size; ++k)
        if (!py_eq((*a.t)[k], (*b.t)[k])) return false;
      return true;
    }
    case Kind::FrozenSet: {
      if (a.s == b.s) return true;
      if (a.s->used != b.s->used) return false;
      if (a.s->hashed && b.s->hashed && a.s->hash_cache != b.s->hash_cache) return false;
      return set_issubset(a.s, b.s);
    }
    default: return false;
  }
}

bool py_lt(const Value& a, const Value& b) { return compare(a, b, Op::Lt); }
bool py_le(const Value& a, const Value& b) { return compare(a, b, Op::Le); }
bool py_gt(const Value& a, const Value& b) { return compare(a, b, Op::Gt); }
bool py_ge(const Value& a, const Value& b) { return compare(a, b, Op::Ge); }

bool py_truthy(const Value& v) {
  switch (v.kind) {
    case Kind::None: return false;
    case Kind::Bool:
    case Kind::Int: return v.i != 0;
    case Kind::Tuple: return v.t->size != 0;
    case Kind::FrozenSet: return v.s->used != 0;
    default: return true;
  }
}

void py_repr_to(std::string& out, const Value& v) {
  switch (v.kind) {
    case Kind::Int: append_int(out, v.i); return;
    case Kind::Bool: out += v.i ? "True" : "False"; return;
    case Kind::None: out += "None"; return;
    case Kind::Function: repr_function(out, v.f); return;
    case Kind::Tuple: {
      out += '(';
      for (uint32_t k = 0; k < v.t->size; ++k) {
        if (k) out += ", ";
        py_repr_to(out, (*v.t)[k]);
        check_text_size(out);
      }
      out += v.t->size == 1 ? ",)" : ")";
      return;
    }
    case Kind::FrozenSet: {
      if (v.s->used == 0) {
        out += "frozenset()";
        return;
      }
      out += "frozenset({";
      bool first = true;
      for (const Value& e : elems(v.s)) {
        if (!first) out += ", ";
        first = false;
        py_repr_to(out, e);
        check_text_size(out);
      }
      out += "})";
      return;
    }
    case Kind::Null:
    case Kind::Dummy: break;
  }
  out += "<internal>";
}

std::string py_repr(const Value& v) {
  std::string s;
  py_repr_to(s, v);
  return s;
}

std::string canonical(const Value& v) {
  std::string s;
  canonical_to(s, v);
  return s;
}

std::string strict_form(const Value& v) {
  if (v.is_function()) return "<callable>";
  std::string r = py_repr(v);
  if (r.find("<function") != std::string::npos) return "<callable-inside>";
  return r;
}

bool repr_is_canonical(const Value& v) {
  if (v.kind == Kind::Int) return true;  // not a bool: True is 1 in the canonical form
  if (!v.is_tuple()) return false;
  for (const Value& e : *v.t)
    if (!repr_is_canonical(e)) return false;
  return true;
}

bool holds_address_hashed(const Value& v) {
  switch (v.kind) {
    case Kind::None:
    case Kind::Function: return true;
    case Kind::Tuple:
      for (const Value& e : *v.t)
        if (holds_address_hashed(e)) return true;
      return false;
    case Kind::FrozenSet:
      for (const Value& e : elems(v.s))
        if (holds_address_hashed(e)) return true;
      return false;
    default: return false;
  }
}

}  // namespace batt::rt

namespace batt::rt {

size_t max_text_bytes() { return text_limit.load(std::memory_order_relaxed); }
void set_max_text_bytes(size_t bytes) { text_limit.store(bytes, std::memory_order_relaxed); }

}  // namespace batt::rt
