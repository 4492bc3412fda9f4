// Python's object protocol for arc-dsl values: hash, ==, ordering, truthiness, repr. Each follows
// CPython 3.11 exactly (hashes per SET-ORDER.md §1; comparisons per SEMANTICS.md).
#pragma once
#include <cstdint>
#include <string>

#include "runtime/value.h"

namespace batt::rt {

// hash(x). Functions and None are hashed by address in CPython; here by a stable stand-in
// (their set orders are excluded from parity, SET-ORDER.md §8).
int64_t py_hash(const Value& v);
// The hash of an int (long_hash): sign(n) * (|n| mod 2**61-1), -1 -> -2.
int64_t int_hash(int64_t n);

// a == b. Never raises: different types are unequal, except int/bool.
bool py_eq(const Value& a, const Value& b);
inline bool py_ne(const Value& a, const Value& b) { return !py_eq(a, b); }

// a < b, a <= b, a > b, a >= b: ints numerically, tuples lexicographically, frozensets as subset
// tests; any other pairing raises TypeError.
bool py_lt(const Value& a, const Value& b);
bool py_le(const Value& a, const Value& b);
bool py_gt(const Value& a, const Value& b);
bool py_ge(const Value& a, const Value& b);

// bool(x)
bool py_truthy(const Value& v);

// The longest repr or canonical form an output may have; a longer one raises Exc::Memory (an
// output such as upscale(G, 100000) is cheap to build, as its rows are shared, but its text is
// astronomical: pyref.py's CPython fails on it too). CPython under pyref.py's 3 GiB address space
// still writes both texts of upscale(3x3 grid, 6000), a 972 MB repr (docs/runtime.md, "Memory"),
// so the default is above that: 2 GiB. Tests lower it to check the limit without building 2 GiB.
inline constexpr size_t kDefaultMaxTextBytes = size_t{2} << 30;
size_t max_text_bytes();
void set_max_text_bytes(size_t bytes);

// repr(x), exactly as CPython prints it (functions print with an address-like id). Text past
// max_text_bytes() raises Exc::Memory (so do canonical() and strict_form()).
std::string py_repr(const Value& v);
void py_repr_to(std::string& out, const Value& v);

// The canonical form of ../shared/golden/FORMAT.md: equal canonical forms <=> equal under ==.
std::string canonical(const Value& v);
// The strict form of FORMAT.md: repr, with callables written <callable> / <callable-inside>.
std::string strict_form(const Value& v);

// Whether strict_form(v) == canonical(v): v holds only ints and tuples.
bool repr_is_canonical(const Value& v);

// Whether `v` is or holds a function or None (whose hashes, and so set orders, are addresses).
bool holds_address_hashed(const Value& v);

}  // namespace batt::rt
