#include "runtime/function.h"

#include <array>

#include "runtime/arena.h"
#include "runtime/budget.h"
#include "runtime/call_memo.h"
#include "runtime/error.h"
#include "runtime/object.h"
#include "runtime/primitives.h"
#include "runtime/set.h"

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

// A one-argument closure call, through the memo (call_memo.h).
Value call_memoized(const FuncObj* fn, const Value& x) {
  Budget& b = budget();
  memo::Entry* e = nullptr;
  memo::Key key;
  if (fn->hot >= memo::kMemoized) {
    key = memo::Key::of(x);
    e = &memo::tls_table.slot(fn, key);
    if (e->fn == fn && e->evaluation == b.evaluation && e->key == key && b.depth <= e->depth) {
      if (e->unchecked) {
        e->unchecked = false;
        if (memo::holds_closure_since(e->result, e->first_serial)) e->fn = nullptr;
      }
      if (e->fn) {
        b.closures += e->closures;
        fn->hot = memo::kMemoized + memo::kMisses;
        charge(e->fuel);
        return e->result;
      }
    }
    if (--fn->hot == memo::kMemoized) fn->hot = memo::kNotMemoized;
  }
  const int64_t fuel = b.fuel;
  const uint32_t closures = b.closures;
  const uint32_t hashes = b.function_hashes;
  Value v = call_closure(fn, std::span<const Value>(&x, 1));
  if (fuel - b.fuel < memo::kMinFuel) return v;
  if (fn->hot == memo::kUndecided) {
    if (!memo::existed_before_evaluation(fn)) {
      fn->hot = memo::kNotMemoized;
      return v;
    }
    fn->hot = memo::kMemoized + memo::kMisses;
    key = memo::Key::of(x);
    e = &memo::tls_table.slot(fn, key);
  } else if (fn->hot == memo::kNotMemoized) {
    return v;
  }
  const uint32_t created = b.closures - closures;
  if (created > 0 && b.function_hashes != hashes) return v;
  const bool unchecked = created > 0 && (v.is_container() || v.is_function());
  *e = memo::Entry{fn, key, v, fuel - b.fuel, b.evaluation, created, b.depth,
                   kNumPrimitives + closures, unchecked};
  return v;
}

}  // namespace

bool memo::holds_closure_since(const Value& v, uint32_t serial) {
  switch (v.kind) {
    case Kind::Function: return v.f->serial >= serial;
    case Kind::Tuple:
      for (const Value& x : *v.t)
        if (holds_closure_since(x, serial)) return true;
      return false;
    case Kind::FrozenSet:
      for (uint32_t k = 0; k <= v.s->mask; ++k) {
        const SetEntry& entry = v.s->table()[k];
        if (is_live(entry) && holds_closure_since(entry.key, serial)) return true;
      }
      return false;
    default: return false;
  }
}

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
  if (args.size() == 1) return call_memoized(fn, args[0]);
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
