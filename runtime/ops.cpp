#include "runtime/ops.h"

#include <algorithm>

#include "runtime/budget.h"
#include "runtime/function.h"
#include "runtime/object.h"
#include "runtime/pysort.h"
#include "runtime/set.h"

namespace batt::rt {
namespace {

// A tuple of `reps` copies of `t` (tuple * int).
Value repeat_tuple(const TupleObj* t, int64_t reps) {
  if (reps <= 0 || t->size == 0) return empty_tuple();
  int64_t n = int_mul(static_cast<int64_t>(t->size), reps);
  if (n > (int64_t{1} << 32) - 1) raise(Exc::Memory);
  TupleObj* r = new_tuple(static_cast<size_t>(n));
  Value* out = r->items();
  for (int64_t k = 0; k < reps; ++k)
    out = std::copy(t->items(), t->items() + t->size, out);
  return finish_tuple(r);
}

Value concat_tuples(const TupleObj* a, const TupleObj* b) {
  TupleObj* r = new_tuple(static_cast<size_t>(a->size) + b->size);
  Value* out = std::copy(a->items(), a->items() + a->size, r->items());
  std::copy(b->items(), b->items() + b->size, out);
  return finish_tuple(r);
}

// PySlice_AdjustIndices for one bound.
int64_t adjust_bound(const SliceBound& b, int64_t len, int64_t step, bool is_start) {
  if (!b.present || b.v.is_none()) {
    if (step > 0) return is_start ? 0 : len;
    return is_start ? len - 1 : -1;
  }
  if (!b.v.is_int()) raise(Exc::TypeError);  // slice indices must be integers or None
  int64_t x = b.v.i;
  if (x < 0) {
    x += len;
    if (x < 0) x = step < 0 ? -1 : 0;
  } else if (x >= len) {
    x = step < 0 ? len - 1 : len;
  }
  return x;
}

template <bool kMax>
Value min_max(const std::vector<Value>& items, const Value* key, std::optional<Value> empty) {
  if (items.empty()) {
    if (empty) return *empty;
    raise(Exc::ValueError);  // max() arg is an empty sequence
  }
  charge(static_cast<int64_t>(items.size()));
  if (key && key->is_none()) key = nullptr;  // key=None means no key
  Value best = items[0];
  Value best_key = key ? call(*key, best) : best;
  for (size_t k = 1; k < items.size(); ++k) {
    Value item_key = key ? call(*key, items[k]) : items[k];
    if (kMax ? py_gt(item_key, best_key) : py_lt(item_key, best_key)) {
      best = items[k];
      best_key = item_key;
    }
  }
  return best;
}

}  // namespace

int64_t int_add(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_add_overflow(a, b, &r)) raise(Exc::IntegerOverflow);
  return r;
}

int64_t int_sub(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_sub_overflow(a, b, &r)) raise(Exc::IntegerOverflow);
  return r;
}

int64_t int_mul(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_mul_overflow(a, b, &r)) raise(Exc::IntegerOverflow);
  return r;
}

int64_t int_floordiv(int64_t a, int64_t b) {
  if (b == 0) raise(Exc::ZeroDivisionError);
  if (a == INT64_MIN && b == -1) raise(Exc::IntegerOverflow);
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

int64_t int_mod(int64_t a, int64_t b) {
  if (b == 0) raise(Exc::ZeroDivisionError);
  if (b == -1) return 0;
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

int64_t as_int(const Value& v) {
  if (!v.is_int()) raise(Exc::TypeError);
  return v.i;
}

int64_t py_len(const Value& v) {
  if (v.kind == Kind::Tuple) return v.t->size;
  if (v.kind == Kind::FrozenSet) return v.s->used;
  raise(Exc::TypeError);  // object of type 'int' has no len()
}

Value py_getitem(const Value& c, int64_t k) {
  if (c.kind != Kind::Tuple) raise(Exc::TypeError);  // object is not subscriptable
  int64_t n = c.t->size;
  if (k < 0) k += n;
  if (k < 0 || k >= n) raise(Exc::IndexError);
  return (*c.t)[static_cast<size_t>(k)];
}

Value py_getitem(const Value& c, const Value& k) {
  if (c.kind != Kind::Tuple) raise(Exc::TypeError);
  if (!k.is_int()) raise(Exc::TypeError);  // tuple indices must be integers or slices
  return py_getitem(c, k.i);
}

Value py_slice(const Value& c, SliceBound start, SliceBound stop, SliceBound step) {
  if (c.kind != Kind::Tuple) raise(Exc::TypeError);
  int64_t st = 1;
  if (step.present && !step.v.is_none()) {
    if (!step.v.is_int()) raise(Exc::TypeError);
    st = step.v.i;
    if (st == 0) raise(Exc::ValueError);  // slice step cannot be zero
  }
  int64_t len = c.t->size;
  int64_t a = adjust_bound(start, len, st, true);
  int64_t b = adjust_bound(stop, len, st, false);
  int64_t n = 0;
  if (st < 0) {
    if (b < a) n = (a - b - 1) / (-st) + 1;
  } else if (a < b) {
    n = (b - a - 1) / st + 1;
  }
  if (st == 1 && a == 0 && n == len) return c;  // CPython returns the tuple itself
  TupleObj* r = new_tuple(static_cast<size_t>(n));
  for (int64_t k = 0; k < n; ++k) r->items()[k] = (*c.t)[static_cast<size_t>(a + k * st)];
  return finish_tuple(r);
}

Value py_add(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) return Value::integer(int_add(a.i, b.i));
  if (a.is_tuple() && b.is_tuple()) {
    if (a.t->size == 0) return b;
    if (b.t->size == 0) return a;
    return concat_tuples(a.t, b.t);
  }
  raise(Exc::TypeError);  // unsupported operand type(s) for +
}

Value py_sub(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) return Value::integer(int_sub(a.i, b.i));
  if (a.is_set() && b.is_set()) return set_difference(a.s, b.s);
  raise(Exc::TypeError);
}

Value py_mul(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) return Value::integer(int_mul(a.i, b.i));
  if (a.is_tuple() && b.is_int()) return repeat_tuple(a.t, b.i);
  if (a.is_int() && b.is_tuple()) return repeat_tuple(b.t, a.i);
  raise(Exc::TypeError);
}

Value py_floordiv(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) return Value::integer(int_floordiv(a.i, b.i));
  raise(Exc::TypeError);
}

Value py_mod(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) return Value::integer(int_mod(a.i, b.i));
  raise(Exc::TypeError);
}

Value py_and(const Value& a, const Value& b) {
  if (a.is_bool() && b.is_bool()) return Value::boolean(a.i & b.i);
  if (a.is_int() && b.is_int()) return Value::integer(a.i & b.i);
  if (a.is_set() && b.is_set()) return set_intersection(a.s, b.s);
  raise(Exc::TypeError);
}

Value py_or(const Value& a, const Value& b) {
  if (a.is_bool() && b.is_bool()) return Value::boolean(a.i | b.i);
  if (a.is_int() && b.is_int()) return Value::integer(a.i | b.i);
  if (a.is_set() && b.is_set()) return set_union(a.s, b.s);
  raise(Exc::TypeError);
}

Value py_neg(const Value& a) {
  if (!a.is_int()) raise(Exc::TypeError);  // bad operand type for unary -
  return Value::integer(int_sub(0, a.i));
}

Value py_abs(const Value& a) {
  if (!a.is_int()) raise(Exc::TypeError);
  return Value::integer(a.i < 0 ? int_sub(0, a.i) : a.i);
}

bool py_contains(const Value& c, const Value& x) {
  if (c.kind == Kind::FrozenSet) return set_contains(c.s, x);
  if (c.kind == Kind::Tuple) {
    charge(c.t->size);
    for (const Value& e : *c.t)
      if (py_eq(e, x)) return true;
    return false;
  }
  raise(Exc::TypeError);  // argument of type 'int' is not iterable
}

std::array<Value, 2> unpack2(const Value& x) {
  if (x.kind == Kind::Tuple) {
    if (x.t->size != 2) raise(Exc::ValueError);
    return {(*x.t)[0], (*x.t)[1]};
  }
  if (x.kind == Kind::FrozenSet) {
    if (x.s->used != 2) raise(Exc::ValueError);
    std::array<Value, 2> r;
    size_t k = 0;
    for (const Value& e : elems(x.s)) r[k++] = e;
    return r;
  }
  raise(Exc::TypeError);  // cannot unpack non-iterable int object
}

std::vector<Value> to_vector(const Value& x) {
  std::vector<Value> out;
  ElemRange r = iterate(x);
  out.reserve(static_cast<size_t>(py_len(x)));
  charge(static_cast<int64_t>(out.capacity()));
  for (const Value& e : r) out.push_back(e);
  return out;
}

std::vector<int64_t> py_range(int64_t start, int64_t stop, int64_t step) {
  if (step == 0) raise(Exc::ValueError);  // range() arg 3 must not be zero
  std::vector<int64_t> out;
  __int128 n = 0;
  if (step > 0 && start < stop) n = ((__int128)stop - start - 1) / step + 1;
  if (step < 0 && start > stop) n = ((__int128)start - stop - 1) / (-(__int128)step) + 1;
  if (n > (int64_t{1} << 32)) raise(Exc::Memory);
  charge(static_cast<int64_t>(n));
  out.reserve(static_cast<size_t>(n));
  for (int64_t k = 0; k < static_cast<int64_t>(n); ++k) out.push_back(start + k * step);
  return out;
}

Value py_sum(const Value& iterable) {
  Value acc = Value::integer(0);
  for (const Value& e : iterate(iterable)) acc = py_add(acc, e);
  return acc;
}

Value py_max(const std::vector<Value>& items, const Value* key, std::optional<Value> empty) {
  return min_max<true>(items, key, empty);
}

Value py_min(const std::vector<Value>& items, const Value* key, std::optional<Value> empty) {
  return min_max<false>(items, key, empty);
}

std::vector<Value> py_sorted(const std::vector<Value>& items, const Value* key) {
  std::vector<Value> values = items;
  std::vector<Value> keys;
  if (key && !key->is_none()) {  // key=None means no key
    keys.reserve(items.size());
    for (const Value& v : items) keys.push_back(call(*key, v));
  } else {
    keys = items;
  }
  charge(static_cast<int64_t>(items.size()));
  pysort::timsort(keys, values, [](const Value& a, const Value& b) { return py_lt(a, b); });
  return values;
}

}  // namespace batt::rt
