// Function values: every primitive is a value, and compose, chain, fork, matcher, rbind, lbind
// and power build closures. Arity is observable (rbind/lbind read __code__.co_argcount) and a
// call with the wrong number of arguments is a TypeError, as in CPython.
#pragma once
#include <cstdint>
#include <span>

#include "runtime/value.h"

namespace batt::rt {

enum class FnKind : uint8_t {
  Primitive,  // a dsl function; `prim` is its id in primitives.def
  Compose,    // lambda x: a(b(x))
  Chain,      // lambda x: a(b(c(x)))
  Matcher,    // lambda x: a(x) == b
  Rbind,      // argc 1: lambda x: a(x, b); 2: lambda x, y: a(x, y, b); 3: lambda x, y, z: a(x, y, z, b)
  Lbind,      // argc 1: lambda y: a(b, y); 2: lambda y, z: a(b, y, z); 3: lambda y, z, w: a(b, y, z, w)
  Fork,       // lambda x: a(b(x), c(x))
};

struct FuncObj {
  FnKind kind;
  uint8_t argc;    // __code__.co_argcount
  union {
    uint16_t prim;         // Primitive: its id in primitives.def
    mutable uint16_t hot;  // a closure: whether its calls are memoized (memo::Hot)
  };
  uint32_t serial; // the hash's stand-in for CPython's address (see py_hash)
  Value a, b, c;   // captured values (see FnKind)
};

// The function value of primitive `id` (a static object: the same primitive is the same object).
Value primitive_value(uint16_t id);
// A new closure object (a fresh object each time, as each lambda evaluation is in CPython).
Value make_closure(FnKind kind, uint8_t argc, const Value& a, const Value& b = Value::none(),
                   const Value& c = Value::none());

// f(args...). TypeError when f is not callable or the argument count differs from its arity.
Value call(const Value& f, std::span<const Value> args);
inline Value call(const Value& f, const Value& x) { return call(f, std::span<const Value>(&x, 1)); }
inline Value call(const Value& f, const Value& x, const Value& y) {
  Value args[2] = {x, y};
  return call(f, std::span<const Value>(args, 2));
}
inline Value call(const Value& f, const Value& x, const Value& y, const Value& z) {
  Value args[3] = {x, y, z};
  return call(f, std::span<const Value>(args, 3));
}

// f.__code__.co_argcount (AttributeError for a non-function).
int code_argcount(const Value& f);

// A printable name ("fork", "compose.<locals>.<lambda>") for repr.
const char* function_qualname(const FuncObj* f);

}  // namespace batt::rt
