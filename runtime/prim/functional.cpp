// Higher-order primitives: closures (compose .. fork) and application (apply .. prapply).
#include "runtime/prim/prim.h"

namespace batt::rt::prim {
namespace {

// rbind and lbind pick the closure's arity from the bound function's co_argcount:
//     if n == 2: 1-argument lambda; elif n == 3: 2 arguments; else: 3 arguments.
uint8_t bound_arity(const Value& function) {
  int n = code_argcount(function);
  return n == 2 ? 1 : n == 3 ? 2 : 3;
}

}  // namespace

// return lambda x: outer(inner(x))
Value compose_(const Value& outer, const Value& inner) {
  return make_closure(FnKind::Compose, 1, outer, inner);
}

// return lambda x: h(g(f(x)))
Value chain_(const Value& h, const Value& g, const Value& f) {
  return make_closure(FnKind::Chain, 1, h, g, f);
}

// return lambda x: function(x) == target
Value matcher_(const Value& function, const Value& target) {
  return make_closure(FnKind::Matcher, 1, function, target);
}

// fix the rightmost argument
Value rbind_(const Value& function, const Value& fixed) {
  return make_closure(FnKind::Rbind, bound_arity(function), function, fixed);
}

// fix the leftmost argument
Value lbind_(const Value& function, const Value& fixed) {
  return make_closure(FnKind::Lbind, bound_arity(function), function, fixed);
}

// if n == 1: return function
// return compose(function, power(function, n - 1))
// The recursion is unrolled: count the levels (each one a Python frame, so n <= 0 ends in
// RecursionError as in CPython), then build the compositions from the innermost out.
Value power_(const Value& function, const Value& n) {
  const Value one = Value::integer(1);
  int levels = 0;
  Value k = n;
  const Budget& b = budget();
  while (!py_eq(k, one)) {
    if (b.depth + levels + 1 > kMaxDepth) raise(Exc::RecursionError);
    k = py_sub(k, one);
    ++levels;
    charge(1);
  }
  Value result = function;
  for (int l = 0; l < levels; ++l) result = compose_(function, result);
  return result;
}

// return lambda x: outer(a(x), b(x))
Value fork_(const Value& outer, const Value& a, const Value& b) {
  return make_closure(FnKind::Fork, 1, outer, a, b);
}

// return type(container)(function(e) for e in container)
Value apply_(const Value& function, const Value& container) {
  ElemRange r = iterate(container);
  return same_type_of(container, [&](auto emit) {
    for (const Value& e : r) emit(call(function, e));
  });
}

// return type(functions)(function(value) for function in functions)
Value rapply_(const Value& functions, const Value& value) {
  ElemRange r = iterate(functions);
  return same_type_of(functions, [&](auto emit) {
    for (const Value& f : r) emit(call(f, value));
  });
}

// return merge(apply(function, container))
Value mapply_(const Value& function, const Value& container) {
  return merge_(apply_(function, container));
}

// return tuple(function(i, j) for i, j in zip(a, b))
Value papply_(const Value& function, const Value& a, const Value& b) {
  ElemRange ra = iterate(a);
  ElemRange rb = iterate(b);
  return tuple_of([&](auto emit) {
    auto x = ra.begin();
    auto y = rb.begin();
    for (; x != ra.end() && y != rb.end(); ++x, ++y) emit(call(function, *x, *y));
  });
}

// return merge(papply(function, a, b))
Value mpapply_(const Value& function, const Value& a, const Value& b) {
  return merge_(papply_(function, a, b));
}

// return frozenset(function(i, j) for j in b for i in a)
Value prapply_(const Value& function, const Value& a, const Value& b) {
  ElemRange outer = iterate(b);
  return frozenset_of([&](auto emit) {
    for (const Value& j : outer)
      for (const Value& i : iterate(a)) emit(call(function, i, j));
  });
}

}  // namespace batt::rt::prim
