#include "runtime/function.h"

#include <array>

#include "runtime/arena.h"
#include "runtime/budget.h"
#include "runtime/error.h"
#include "runtime/object.h"
#include "runtime/primitives.h"

namespace batt::rt {
namespace {

std::array<FuncObj, kNumPrimitives> make_primitive_objects() {
  std::array<FuncObj, kNumPrimitives> objs{};
  for (uint16_t k = 0; k < kNumPrimitives; ++k) {
    objs[k].kind = FnKind::Primitive;
    objs[k].argc = primitive(k).arity;
    objs[k].prim = k;
    objs[k].serial = k;
  }
  return objs;
}

const std::array<FuncObj, kNumPrimitives>& primitive_objects() {
  static const auto objs = make_primitive_objects();
  return objs;
}

Value call4(const Value& f, const Value& x, const Value& y, const Value& z, const Value& w) {
  Value args[4] = {x, y, z, w};
  return call(f, std::span<const Value>(args, 4));
}

// The body of a closure created by compose/chain/matcher/rbind/lbind/fork.
[[gnu::always_inline]] inline Value call_closure(const FuncObj* f, std::span<const Value> x) {
  switch (f->kind) {
    case FnKind::Compose: return call(f->a, call(f->b, x[0]));
    case FnKind::Chain: return call(f->a, call(f->b, call(f->c, x[0])));
    case FnKind::Matcher: return Value::boolean(py_eq(call(f->a, x[0]), f->b));
    case FnKind::Fork: {
      Value l = call(f->b, x[0]);
      Value r = call(f->c, x[0]);
      return call(f->a, l, r);
    }
    case FnKind::Rbind:
      if (f->argc == 1) return call(f->a, x[0], f->b);
      if (f->argc == 2) return call(f->a, x[0], x[1], f->b);
      return call4(f->a, x[0], x[1], x[2], f->b);
    case FnKind::Lbind:
      if (f->argc == 1) return call(f->a, f->b, x[0]);
      if (f->argc == 2) return call(f->a, f->b, x[0], x[1]);
      return call4(f->a, f->b, x[0], x[1], x[2]);
    case FnKind::Primitive: break;
  }
  raise(Exc::RuntimeError);
}

}  // namespace

Value primitive_value(uint16_t id) { return Value::function(&primitive_objects()[id]); }

Value make_closure(FnKind kind, uint8_t argc, const Value& a, const Value& b, const Value& c) {
  charge(1);
  auto* f = static_cast<FuncObj*>(arena_alloc(sizeof(FuncObj)));
  f->kind = kind;
  f->argc = argc;
  f->prim = 0;
  // Closures are numbered in creation order within an evaluation, after the primitives: a
  // deterministic identity for hashing, whatever the thread or the addresses.
  f->serial = kNumPrimitives + budget().closures++;
  f->a = a;
  f->b = b;
  f->c = c;
  return Value::function(f);
}

Value call(const Value& f, std::span<const Value> args) {
  if (!f.is_function()) raise(Exc::TypeError);  // 'int' object is not callable
  const FuncObj* fn = f.f;
  if (args.size() != fn->argc) raise(Exc::TypeError);  // takes N positional arguments but M were given
  Frame frame;
  charge(1);
  if (fn->kind == FnKind::Primitive) return primitive(fn->prim).invoke(args.data());
  return call_closure(fn, args);
}

int code_argcount(const Value& f) {
  if (!f.is_function()) raise(Exc::AttributeError);  // 'int' object has no attribute '__code__'
  return f.f->argc;
}

const char* function_qualname(const FuncObj* f) {
  switch (f->kind) {
    case FnKind::Primitive: return primitive(f->prim).name.data();
    case FnKind::Compose: return "compose.<locals>.<lambda>";
    case FnKind::Chain: return "chain.<locals>.<lambda>";
    case FnKind::Matcher: return "matcher.<locals>.<lambda>";
    case FnKind::Rbind: return "rbind.<locals>.<lambda>";
    case FnKind::Lbind: return "lbind.<locals>.<lambda>";
    case FnKind::Fork: return "fork.<locals>.<lambda>";
  }
  return "<lambda>";
}

}  // namespace batt::rt
