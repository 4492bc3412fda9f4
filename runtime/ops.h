// The Python operations dsl.py's code performs, with CPython's results and exceptions for every
// type combination: len, indexing, slicing, arithmetic, `in`, unpacking, sum/min/max helpers.
// Primitives are written as transliterations of dsl.py on top of these.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "runtime/error.h"
#include "runtime/value.h"

namespace batt::rt {

// len(x): tuple and frozenset; TypeError otherwise.
int64_t py_len(const Value& v);

// x[k] with an int (or bool) index: tuple only, negative counts from the end, IndexError out of
// range; TypeError for other containers or a non-int index.
Value py_getitem(const Value& c, const Value& k);
Value py_getitem(const Value& c, int64_t k);

// x[start:stop:step] with each bound an int, or absent (None). Tuples only; TypeError otherwise
// (also for a non-int bound). step 0 is ValueError.
struct SliceBound {
  bool present = false;
  Value v;
  static SliceBound none() { return {}; }
  static SliceBound of(const Value& x) { return {true, x}; }
  static SliceBound of(int64_t n) { return {true, Value::integer(n)}; }
};
Value py_slice(const Value& c, SliceBound start, SliceBound stop, SliceBound step = {});

// Binary operators. Ints (bool included) with overflow detection (IntegerOverflow); tuple + tuple
// concatenates; tuple * int repeats; frozenset - frozenset, &, | are set operations; int & int is
// bitwise. Every other pairing raises TypeError, as CPython does.
Value py_add(const Value& a, const Value& b);
Value py_sub(const Value& a, const Value& b);
Value py_mul(const Value& a, const Value& b);
Value py_floordiv(const Value& a, const Value& b);
Value py_mod(const Value& a, const Value& b);
Value py_and(const Value& a, const Value& b);
Value py_or(const Value& a, const Value& b);
Value py_neg(const Value& a);  // -x: ints only
Value py_abs(const Value& a);  // abs(x): ints only

// Checked int64 arithmetic for code that already knows both sides are ints.
int64_t int_add(int64_t a, int64_t b);
int64_t int_sub(int64_t a, int64_t b);
int64_t int_mul(int64_t a, int64_t b);
int64_t int_floordiv(int64_t a, int64_t b);  // ZeroDivisionError on 0
int64_t int_mod(int64_t a, int64_t b);       // ZeroDivisionError on 0

// The int value of an int or bool; TypeError otherwise (for operations that need an int).
int64_t as_int(const Value& v);

// x in c: tuples by ==, frozensets by hash lookup; TypeError for non-containers.
bool py_contains(const Value& c, const Value& x);

// a, b = x  (and three-way): x must be iterable with exactly N items: TypeError if not iterable,
// ValueError on a count mismatch. A frozenset unpacks in iteration order.
std::array<Value, 2> unpack2(const Value& x);

// The items of an iterable in iteration order (TypeError if not iterable).
std::vector<Value> to_vector(const Value& x);

// range(start, stop, step) materialized (ValueError for step 0); charged against the budget.
std::vector<int64_t> py_range(int64_t start, int64_t stop, int64_t step = 1);

// sum(iterable) (start 0): ints add; a tuple item is TypeError (int + tuple).
Value py_sum(const Value& iterable);

// max(items, key) / min(items, key) over a materialized sequence: the FIRST best item in order
// (keys compared with > for max and < for min). A null or None key means no key. `empty` is returned when there are no items, or
// ValueError raised when `empty` is absent.
Value py_max(const std::vector<Value>& items, const Value* key, std::optional<Value> empty);
Value py_min(const std::vector<Value>& items, const Value* key, std::optional<Value> empty);

// sorted(items, key): CPython's stable list.sort (timsort) with < on the keys, so partial orders
// (frozenset keys) and mixed types give CPython's answer or TypeError.
std::vector<Value> py_sorted(const std::vector<Value>& items, const Value* key);

// Runs `body` as the inside of a generator expression: a StopIteration escaping it becomes
// RuntimeError (PEP 479), and it is one Python frame deep.
template <class F>
auto in_genexpr(F&& body) -> decltype(body());

}  // namespace batt::rt

#include "runtime/ops_inl.h"
