// Arithmetic, logic and scalar constructors: identity .. interval.
#include "runtime/prim/prim.h"

namespace batt::rt::prim {
namespace {

using BinOp = Value (*)(const Value&, const Value&);

// The shape shared by add, subtract, multiply and divide:
//     if isinstance(a, int) and isinstance(b, int): return a OP b
//     elif isinstance(a, tuple) and isinstance(b, tuple): return (a[0] OP b[0], a[1] OP b[1])
//     elif isinstance(a, int) and isinstance(b, tuple): return (a OP b[0], a OP b[1])
//     return (a[0] OP b, a[1] OP b)
Value numerical(const Value& a, const Value& b, BinOp op) {
  if (a.is_int() && b.is_int()) return op(a, b);
  if (a.is_tuple() && b.is_tuple()) {
    Value x = op(py_getitem(a, 0), py_getitem(b, 0));
    Value y = op(py_getitem(a, 1), py_getitem(b, 1));
    return make_tuple({x, y});
  }
  if (a.is_int() && b.is_tuple()) {
    Value x = op(a, py_getitem(b, 0));
    Value y = op(a, py_getitem(b, 1));
    return make_tuple({x, y});
  }
  Value x = op(py_getitem(a, 0), b);
  Value y = op(py_getitem(a, 1), b);
  return make_tuple({x, y});
}

// `f(n) if isinstance(n, int) else (f(n[0]), f(n[1]))`
template <class F>
Value elementwise(const Value& n, F f) {
  if (n.is_int()) return f(n);
  Value x = f(py_getitem(n, 0));
  Value y = f(py_getitem(n, 1));
  return make_tuple({x, y});
}

// `0 if x == 0 else (POS if x > 0 else NEG)` as crement and sign spell it.
template <class Pos, class Neg>
Value three_way(const Value& x, Pos pos, Neg neg) {
  if (py_eq(x, Value::integer(0))) return Value::integer(0);
  return py_gt(x, Value::integer(0)) ? pos(x) : neg(x);
}

const Value kZero = Value::integer(0);
const Value kOne = Value::integer(1);
const Value kTwo = Value::integer(2);

}  // namespace

// return x
Value identity_(const Value& x) { return x; }

Value add_(const Value& a, const Value& b) { return numerical(a, b, py_add); }
Value subtract_(const Value& a, const Value& b) { return numerical(a, b, py_sub); }
Value multiply_(const Value& a, const Value& b) { return numerical(a, b, py_mul); }
Value divide_(const Value& a, const Value& b) { return numerical(a, b, py_floordiv); }

// return -n if isinstance(n, int) else (-n[0], -n[1])
Value invert_(const Value& n) { return elementwise(n, py_neg); }

// return n % 2 == 0
Value even_(const Value& n) { return Value::boolean(py_eq(py_mod(n, kTwo), kZero)); }

// return n * 2 if isinstance(n, int) else (n[0] * 2, n[1] * 2)
Value double_(const Value& n) {
  return elementwise(n, [](const Value& x) { return py_mul(x, kTwo); });
}

// return n // 2 if isinstance(n, int) else (n[0] // 2, n[1] // 2)
Value halve_(const Value& n) {
  return elementwise(n, [](const Value& x) { return py_floordiv(x, kTwo); });
}

// return not b
Value flip_(const Value& b) { return Value::boolean(!py_truthy(b)); }

// return a == b
Value equality_(const Value& a, const Value& b) { return Value::boolean(py_eq(a, b)); }

// return value in container
Value contained_(const Value& value, const Value& container) {
  return Value::boolean(py_contains(container, value));
}

// return a > b
Value greater_(const Value& a, const Value& b) { return Value::boolean(py_gt(a, b)); }

// return a and b
Value both_(const Value& a, const Value& b) { return py_truthy(a) ? b : a; }

// return a or b
Value either_(const Value& a, const Value& b) { return py_truthy(a) ? a : b; }

// return x + 1 if isinstance(x, int) else (x[0] + 1, x[1] + 1)
Value increment_(const Value& x) {
  return elementwise(x, [](const Value& v) { return py_add(v, kOne); });
}

// return x - 1 if isinstance(x, int) else (x[0] - 1, x[1] - 1)
Value decrement_(const Value& x) {
  return elementwise(x, [](const Value& v) { return py_sub(v, kOne); });
}

// if isinstance(x, int): return 0 if x == 0 else (x + 1 if x > 0 else x - 1)
// return (0 if x[0] == 0 else (x[0] + 1 if x[0] > 0 else x[0] - 1), ... x[1] ...)
Value crement_(const Value& x) {
  return elementwise(x, [](const Value& v) {
    return three_way(
        v, [](const Value& p) { return py_add(p, kOne); },
        [](const Value& p) { return py_sub(p, kOne); });
  });
}

// if isinstance(x, int): return 0 if x == 0 else (1 if x > 0 else -1)
// return (0 if x[0] == 0 else (1 if x[0] > 0 else -1), ... x[1] ...)
Value sign_(const Value& x) {
  return elementwise(x, [](const Value& v) {
    return three_way(
        v, [](const Value&) { return kOne; }, [](const Value&) { return Value::integer(-1); });
  });
}

// return x > 0
Value positive_(const Value& x) { return Value::boolean(py_gt(x, kZero)); }

// return (i, 0)
Value toivec_(const Value& i) { return make_tuple({i, kZero}); }

// return (0, j)
Value tojvec_(const Value& j) { return make_tuple({kZero, j}); }

// return (a, b)
Value astuple_(const Value& a, const Value& b) { return make_tuple({a, b}); }

// return a if condition else b
Value branch_(const Value& condition, const Value& a, const Value& b) {
  return py_truthy(condition) ? a : b;
}

// return tuple(range(start, stop, step))
Value interval_(const Value& start, const Value& stop, const Value& step) {
  std::vector<int64_t> r = py_range(as_int(start), as_int(stop), as_int(step));
  TupleObj* t = new_tuple(r.size());
  for (size_t k = 0; k < r.size(); ++k) t->items()[k] = Value::integer(r[k]);
  return finish_tuple(t);
}

}  // namespace batt::rt::prim
