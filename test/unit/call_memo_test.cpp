// Memoized closure calls (runtime/call_memo.h): a repeated call is answered from the table with
// everything a recomputation would do replayed (fuel, closure serials), and is not answered
// where a recomputation could end otherwise or return a different object.
#include <gtest/gtest.h>

#include <vector>

#include "test/unit/raised.h"

#include "runtime/arena.h"
#include "runtime/budget.h"
#include "runtime/call_memo.h"
#include "runtime/function.h"
#include "runtime/object.h"
#include "runtime/primitives.h"
#include "runtime/set.h"
#include "runtime/value.h"

namespace batt::rt {
namespace {

Value prim(PrimId id) { return primitive_value(static_cast<uint16_t>(id)); }
Value lbind(const Value& f, const Value& x) { return make_closure(FnKind::Lbind, 1, f, x); }
Value fork(const Value& outer, const Value& a, const Value& b) {
  return make_closure(FnKind::Fork, 1, outer, a, b);
}
Value compose(const Value& outer, const Value& inner) {
  return make_closure(FnKind::Compose, 1, outer, inner);
}

// (0, 1, ..., n - 1): apply over it costs well over memo::kMinFuel.
Value ints(int n) {
  std::vector<Value> items;
  for (int k = 0; k < n; ++k) items.push_back(Value::integer(k));
  return make_tuple(items);
}

class CallMemo : public ::testing::Test {
 protected:
  // Nothing is allocated in arena_ before a test scopes it: every object counts as older.
  void SetUp() override {
    begin_evaluation(0, 0);
    memo::begin_evaluation(arena_, arena_.mark());
  }
  Arena arena_;
};

// The fuel each call takes, and the calls themselves.
struct Calls {
  Value first, second;
  int64_t fuel_first, fuel_second;
};
Calls call_twice(const Value& f, const Value& x) {
  Calls c;
  int64_t f0 = budget().fuel;
  c.first = call(f, x);
  int64_t f1 = budget().fuel;
  c.second = call(f, x);
  c.fuel_first = f0 - f1;
  c.fuel_second = f1 - budget().fuel;
  return c;
}

TEST_F(CallMemo, RepeatedCallIsAnsweredAndChargedAlike) {
  begin_evaluation(1'000'000, 0);
  Value f = lbind(prim(PrimId::apply_), prim(PrimId::invert_));
  Value x = ints(100);
  Calls c = call_twice(f, x);
  EXPECT_GE(c.fuel_first, memo::kMinFuel);
  EXPECT_EQ(c.fuel_first, c.fuel_second);
  EXPECT_EQ(c.second.t, c.first.t);  // the recorded object: apply builds a new tuple otherwise
  EXPECT_EQ(py_repr(call(prim(PrimId::first_), c.second)), "0");
}

// A pair is looked up by the objects in it: astuple(cell, obj) is a new pair on every call.
TEST_F(CallMemo, PairsHoldingTheSameObjectsAreOneArgument) {
  Value x = ints(100);
  Value g = compose(lbind(prim(PrimId::apply_), prim(PrimId::invert_)), prim(PrimId::last_));
  Value a = make_tuple({x, x});
  Value b = make_tuple({x, x});
  Value c = make_tuple({x, ints(100)});  // equal, but not the same objects
  call(g, a);
  const memo::Entry& e = memo::tls_table.slot(g.f, memo::Key::of(b));
  EXPECT_EQ(e.fn, g.f);
  EXPECT_TRUE(e.key == memo::Key::of(b));
  EXPECT_FALSE(e.key == memo::Key::of(c));
}

// With less fuel left than the recorded call took, the call runs and times out where it would.
TEST_F(CallMemo, TimeoutFallsWhereItWould) {
  Value x = ints(100);
  Value f = lbind(prim(PrimId::apply_), prim(PrimId::invert_));
  Value g = lbind(prim(PrimId::apply_), prim(PrimId::invert_));
  Value h = lbind(prim(PrimId::apply_), prim(PrimId::invert_));
  begin_evaluation(1'000'000, 0);
  call(f, x);
  const int64_t cost = 1'000'000 - budget().fuel;
  // Enough for one call and all but one unit of the second: the second times out.
  begin_evaluation(2 * cost - 1, 0);
  call(g, x);
  EXPECT_EQ(raised([&] { call(g, x); }), Exc::Timeout);
  // Exactly enough: the second is answered.
  begin_evaluation(2 * cost, 0);
  Value r = call(h, x);
  EXPECT_EQ(call(h, x).t, r.t);
  EXPECT_EQ(budget().fuel, 0);
}

// Deeper in the stack than the recorded call, the call runs: it may now recurse too deep.
TEST_F(CallMemo, DeeperCallRunsAndMayRecurseTooDeep) {
  Value f = lbind(prim(PrimId::apply_), prim(PrimId::invert_));
  Value x = ints(100);
  Value r = call(f, x);
  const int depth = budget().depth;
  budget().depth = kMaxDepth - 1;  // f's frame fits, invert's does not
  EXPECT_EQ(raised([&] { call(f, x); }), Exc::RecursionError);
  budget().depth = depth;
  EXPECT_EQ(call(f, x).t, r.t);
}

// apply(lbind(add, x), x) creates one closure per call: after an answered call, closures are
// numbered as they would be after a recomputation.
TEST_F(CallMemo, ClosureSerialsAdvanceAsTheCallWould) {
  Value f = fork(prim(PrimId::apply_), lbind(prim(PrimId::lbind_), prim(PrimId::add_)),
                 prim(PrimId::identity_));
  Value x = ints(100);
  const uint32_t c0 = budget().closures;
  Value r1 = call(f, x);
  const uint32_t c1 = budget().closures;
  Value r2 = call(f, x);
  EXPECT_EQ(r2.t, r1.t);
  EXPECT_EQ(c1 - c0, 1u);
  EXPECT_EQ(budget().closures - c1, 1u);
}

// A result holding a closure the call created is not reused: a recomputation makes a new one,
// which is a different object with a different hash.
TEST_F(CallMemo, ResultHoldingANewClosureIsRecomputed) {
  Value f = fork(prim(PrimId::astuple_), lbind(prim(PrimId::apply_), prim(PrimId::invert_)),
                 lbind(prim(PrimId::lbind_), prim(PrimId::add_)));
  Value x = ints(100);
  Calls c = call_twice(f, x);
  EXPECT_EQ(c.fuel_first, c.fuel_second);
  ASSERT_TRUE((*c.first.t)[1].is_function());
  EXPECT_NE((*c.second.t)[1].f, (*c.first.t)[1].f);
  EXPECT_NE(py_hash((*c.second.t)[1]), py_hash((*c.first.t)[1]));
}

// A call that created closures and hashed a function is not recorded: the set orders it saw
// depend on the serials, which a recomputation gives other values.
TEST_F(CallMemo, CallHashingItsNewClosuresIsNotRecorded) {
  // size(insert(lbind(add, x), apply(invert, s))) for a frozenset s of ints
  Value inner = fork(prim(PrimId::insert_), lbind(prim(PrimId::lbind_), prim(PrimId::add_)),
                     lbind(prim(PrimId::apply_), prim(PrimId::invert_)));
  Value f = compose(prim(PrimId::size_), inner);
  SetTable t;
  for (int k = 0; k < 100; ++k) t.add(Value::integer(k));
  Value s = t.freeze();
  EXPECT_EQ(py_repr(call(f, s)), "101");
  EXPECT_NE(memo::tls_table.slot(f.f, memo::Key::of(s)).fn, f.f);
  // The same without the closure in the set is recorded.
  Value g = compose(prim(PrimId::size_), lbind(prim(PrimId::apply_), prim(PrimId::invert_)));
  EXPECT_EQ(py_repr(call(g, s)), "100");
  EXPECT_EQ(memo::tls_table.slot(g.f, memo::Key::of(s)).fn, g.f);
}

// Only closures from before the evaluation are memoized; a closure made within it is usually
// one loop iteration's partial application.
TEST_F(CallMemo, OnlyClosuresFromBeforeTheEvaluation) {
  ArenaScope scope{arena_};
  Value before = lbind(prim(PrimId::apply_), prim(PrimId::invert_));
  Value x = ints(100);
  memo::begin_evaluation(arena_, arena_.mark());
  begin_evaluation(0, 0);
  Value within = lbind(prim(PrimId::apply_), prim(PrimId::invert_));
  Calls w = call_twice(within, x);
  EXPECT_NE(w.second.t, w.first.t);
  Calls b = call_twice(before, x);
  EXPECT_EQ(b.second.t, b.first.t);
}

// Entries are forgotten between evaluations (the arena may reuse the addresses).
TEST_F(CallMemo, ForgottenBetweenEvaluations) {
  Value f = lbind(prim(PrimId::apply_), prim(PrimId::invert_));
  Value x = ints(100);
  Value r1 = call(f, x);
  begin_evaluation(0, 0);
  Value r2 = call(f, x);
  EXPECT_NE(r2.t, r1.t);
}

}  // namespace
}  // namespace batt::rt
