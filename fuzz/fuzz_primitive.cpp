// fuzz_primitive: one primitive call on arguments built from the input's bytes (ints, bools,
// tuples, frozensets, grids, objects, functions, None), made twice: through the generic path
// (rt::call on primitive_value, as a closure or a dynamic call would) and through the table's
// direct invoker (rt::prim::NAME_). Both must give the same outcome and the same repr — the
// differential batt-eval's parity test runs against CPython, here run against itself.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "fuzz/bytes.h"
#include "runtime/arena.h"
#include "runtime/budget.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/object.h"
#include "runtime/primitives.h"
#include "runtime/set.h"

using namespace batt;
using rt::Value;

namespace {

Value value(fuzz::Bytes& in, int depth);

Value items(fuzz::Bytes& in, int depth, bool set) {
  std::vector<Value> v;
  const size_t n = in.below(5);
  for (size_t k = 0; k < n; ++k) v.push_back(value(in, depth + 1));
  if (!set) return rt::make_tuple(v);
  if (v.empty()) return rt::empty_frozenset();
  rt::SetTable t;
  for (const Value& e : v) t.add(e);
  return t.freeze();
}

Value grid(fuzz::Bytes& in) {
  const size_t h = in.below(5), w = 1 + in.below(4);
  std::vector<Value> rows;
  for (size_t i = 0; i < h; ++i) {
    std::vector<Value> row;
    for (size_t j = 0; j < w; ++j) row.push_back(Value::integer(in.below(10)));
    rows.push_back(rt::make_tuple(row));
  }
  return rt::make_tuple(rows);
}

// A frozenset of cells (colour, (i, j)), or of indices (i, j) when `colours` is false.
Value patch(fuzz::Bytes& in, bool colours) {
  rt::SetTable t;
  const size_t n = in.below(6);
  for (size_t k = 0; k < n; ++k) {
    Value ij = rt::make_pair(static_cast<int64_t>(in.below(7)) - 1, static_cast<int64_t>(in.below(7)) - 1);
    t.add(colours ? rt::make_tuple({Value::integer(in.below(10)), ij}) : ij);
  }
  return n ? t.freeze() : rt::empty_frozenset();
}

Value value(fuzz::Bytes& in, int depth) {
  switch (in.below(depth > 2 ? 4 : 11)) {
    case 0: return Value::integer(static_cast<int64_t>(in.below(16)) - 3);
    case 1: return Value::boolean(in.below(2));
    case 2: return rt::make_pair(static_cast<int64_t>(in.below(9)) - 2, static_cast<int64_t>(in.below(9)) - 2);
    case 3: return Value::integer(static_cast<int64_t>(uint64_t{in.byte()} << in.below(64)) >> 3);
    case 4: return grid(in);
    case 5: return patch(in, true);
    case 6: return patch(in, false);
    case 7: return items(in, depth, false);
    case 8: return items(in, depth, true);
    case 9: return rt::primitive_value(in.below(rt::kNumPrimitives));
    default: return Value::none();
  }
}

// repr with functions as <callable> (their repr holds an address), as batt-eval prints it.
void print(std::string& out, const Value& v) {
  if (out.size() > (size_t{1} << 22)) rt::raise(rt::Exc::Memory);
  if (v.is_function()) {
    out += "<callable>";
  } else if (v.is_tuple()) {
    out += '(';
    for (uint32_t k = 0; k < v.t->size; ++k) {
      if (k) out += ", ";
      print(out, (*v.t)[k]);
    }
    out += v.t->size == 1 ? ",)" : ")";
  } else if (v.is_set() && v.s->used) {
    out += "frozenset({";
    bool first = true;
    for (const Value& e : rt::elems(v.s)) {
      if (!first) out += ", ";
      first = false;
      print(out, e);
    }
    out += "})";
  } else {
    rt::py_repr_to(out, v);
  }
}

// "ok <repr>", "error <name>" or "budget" (fuel, time or memory: the two paths may spend
// different amounts of fuel around the call, so budget outcomes are not compared).
template <typename Call>
std::string outcome(Call&& call) {
  rt::begin_evaluation(20'000, 5'000);
  try {
    Value v = call();
    std::string out = "ok ";
    print(out, v);
    return out;
  } catch (const rt::PyError& e) {
    if (rt::is_budget(e.exc)) return "budget";
    return "error " + std::string(rt::exc_name(e.exc));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static rt::Arena arena;
  arena.set_limit(size_t{64} << 20);
  fuzz::Bytes in(data, size);
  const uint16_t id = static_cast<uint16_t>(in.below(rt::kNumPrimitives));
  const rt::PrimitiveInfo& p = rt::primitive(id);
  {
    rt::ArenaScope scope(arena);
    std::vector<Value> args;
    std::string generic, direct;
    try {
      for (size_t k = 0; k < p.arity; ++k) args.push_back(value(in, 0));
    } catch (const rt::PyError&) {  // e.g. an unhashable element of a frozenset
      args.clear();
    }
    if (args.size() == p.arity) {
      generic = outcome([&] { return rt::call(rt::primitive_value(id), args); });
      direct = outcome([&] { return p.invoke(args.data()); });
      if (generic != "budget" && direct != "budget" && generic != direct) {
        std::string shown;
        for (const Value& a : args) {
          shown += shown.empty() ? "" : ", ";
          print(shown, a);
        }
        std::fprintf(stderr, "fuzz_primitive: %.*s(%s)\n  generic: %s\n  direct:  %s\n",
                     static_cast<int>(p.name.size()), p.name.data(), shown.c_str(), generic.c_str(),
                     direct.c_str());
        std::abort();
      }
    }
  }
  arena.reset();
  return 0;
}
