// Patch primitives (runtime/prim/patch.cpp): edge cases of SEMANTICS.md and of dsl.py's code paths,
// each expected value printed by CPython 3.11 running dsl.py (`python3 -c 'from dsl import *;
// print(repr(CALL))'` from ../shared/arc-dsl; frozenset((a, b)) below means inserting a then b).
#include <gtest/gtest.h>

#include "test/unit/raised.h"

#include "runtime/arena.h"
#include "runtime/budget.h"
#include "runtime/error.h"
#include "runtime/object.h"
#include "runtime/primitives.h"
#include "runtime/set.h"
#include "runtime/value.h"

namespace batt::rt {
namespace {

Value I(int64_t n) { return Value::integer(n); }
Value B(bool b) { return Value::boolean(b); }
Value P(int64_t a, int64_t b) { return make_pair(a, b); }
Value T(std::initializer_list<Value> items) { return make_tuple(items); }
Value cell(int64_t v, int64_t i, int64_t j) { return T({I(v), P(i, j)}); }
Value fs(std::initializer_list<Value> items) {
  SetTable t;
  for (const Value& v : items) t.add(v);
  return t.freeze();
}
Value empty() { return empty_frozenset(); }

std::string repr(const Value& v) { return py_repr(v); }

class PrimPatch : public ::testing::Test {
 protected:
  void SetUp() override { begin_evaluation(0, 0); }
};

// SEMANTICS.md: ulcorner(frozenset()) () · shape(frozenset()) (0, 0) · normalize(frozenset())
TEST_F(PrimPatch, EmptyPatches) {
  EXPECT_EQ(repr(prim::ulcorner_(empty())), "()");
  EXPECT_EQ(repr(prim::shape_(empty())), "(0, 0)");
  EXPECT_EQ(repr(prim::normalize_(empty())), "frozenset()");
  EXPECT_EQ(repr(prim::box_(empty_tuple())), "()");
  EXPECT_EQ(repr(prim::square_(empty())), "True");
  EXPECT_EQ(repr(prim::centerofmass_(empty())), "()");
  EXPECT_EQ(raised([] { prim::inbox_(empty()); }), Exc::ValueError);    // min() of nothing
  EXPECT_EQ(raised([] { prim::square_(empty_tuple()); }), Exc::IndexError);  // piece[0]
}

// zip(*toindices(patch)): as many columns as the shortest element; urcorner's {0: min, 1: max}
// has no key 2; a non-iterable element is a TypeError; column 0's comparison fails first.
TEST_F(PrimPatch, CornersFollowZip) {
  Value threes = fs({T({I(1), I(2), I(3)}), T({I(4), I(5), I(6)})});
  EXPECT_EQ(repr(prim::ulcorner_(threes)), "(1, 2, 3)");
  EXPECT_EQ(raised([&] { prim::urcorner_(threes); }), Exc::KeyError);
  EXPECT_EQ(raised([&] { prim::llcorner_(threes); }), Exc::KeyError);
  Value bad_first = fs({T({T({I(1)}), I(2), I(3)}), T({I(4), I(5), I(6)})});
  EXPECT_EQ(raised([&] { prim::urcorner_(bad_first); }), Exc::TypeError);
  EXPECT_EQ(repr(prim::lrcorner_(T({T({I(1), I(2), I(3)}), P(4, 5)}))), "(4, 5)");
  EXPECT_EQ(raised([] { prim::ulcorner_(T({P(1, 2), I(3)})); }), Exc::TypeError);
  EXPECT_EQ(repr(prim::corners_(fs({P(0, 0), P(2, 3)}))),
            "frozenset({(2, 3), (0, 3), (2, 0), (0, 0)})");
}

// toindices looks at the first element only.
TEST_F(PrimPatch, ToindicesFirstElementDecides) {
  Value p = fs({P(1, 2), T({I(3), P(4, 5)})});
  EXPECT_EQ(repr(prim::toindices_(p)), "frozenset({(1, 2), (3, (4, 5))})");
  Value q = T({T({I(3), P(4, 5)}), P(1, 2)});
  EXPECT_EQ(repr(prim::toindices_(q)), "frozenset({(4, 5), 2})");
}

// sum(x) // len(patch): the indices are deduplicated, len(patch) is not.
TEST_F(PrimPatch, CenterofmassDividesByLenOfPatch) {
  Value p = fs({cell(1, 0, 0), cell(2, 0, 0), cell(1, 2, 2)});
  EXPECT_EQ(repr(prim::centerofmass_(p)), "(0, 0)");
}

// min() over a generator: toindices(b) is evaluated inside it, per index of a.
TEST_F(PrimPatch, ManhattanEvaluationOrder) {
  EXPECT_EQ(raised([] { prim::manhattan_(empty(), I(5)); }), Exc::ValueError);
  EXPECT_EQ(raised([] { prim::manhattan_(T({P(1, 2), T({I(1), I(2), I(3)})}), I(5)); }),
            Exc::TypeError);
  EXPECT_EQ(raised([] { prim::manhattan_(T({T({I(1), I(2), I(3)})}), I(5)); }), Exc::ValueError);
  EXPECT_EQ(repr(prim::adjacent_(fs({P(0, 0)}), fs({P(0, 1)}))), "True");
}

// min() keeps the first of equal items: True, not 1. It compares each item as the generator
// produces it: (3,) < 1 fails before the 3-tuple fails to unpack.
TEST_F(PrimPatch, ExtremesCompareAsTheyGo) {
  EXPECT_EQ(repr(prim::uppermost_(fs({T({B(true), I(0)}), P(1, 5)}))), "True");
  Value p = T({P(1, 2), T({T({I(3)}), I(4)}), T({I(1), I(2), I(3)})});
  EXPECT_EQ(raised([&] { prim::uppermost_(p); }), Exc::TypeError);
}

// The while loop stops after 42 steps.
TEST_F(PrimPatch, GravitateIsCapped) {
  EXPECT_EQ(repr(prim::gravitate_(fs({P(0, 0)}), fs({P(0, 100)}))), "(0, 42)");
  EXPECT_EQ(repr(prim::position_(fs({P(5, 5)}), fs({P(0, 0)}))), "(-1, -1)");
}

TEST_F(PrimPatch, Periods) {
  Value stripes = fs({cell(1, 0, 0), cell(2, 0, 1), cell(1, 0, 2), cell(2, 0, 3)});
  EXPECT_EQ(repr(prim::hperiod_(stripes)), "2");
  EXPECT_EQ(repr(prim::vperiod_(fs({cell(1, 0, 0), cell(1, 1, 0), cell(1, 2, 0)}))), "1");
  // Indices, not cells: `for c, (i, j) in offsetted` cannot unpack an int.
  EXPECT_EQ(raised([] { prim::hperiod_(fs({P(0, 0), P(0, 1)})); }), Exc::TypeError);
  EXPECT_EQ(repr(prim::hperiod_(fs({P(0, 0)}))), "1");  // width 1: the loop never runs
  EXPECT_EQ(repr(prim::hperiod_(empty_tuple())), "0");
}

// Set orders: {..} | {..} of comprehensions, 4-element displays, unions.
TEST_F(PrimPatch, SetOrders) {
  EXPECT_EQ(repr(prim::inbox_(fs({P(0, 0), P(4, 4)}))),
            "frozenset({(1, 2), (2, 1), (3, 1), (1, 1), (2, 3), (3, 3), (3, 2), (1, 3)})");
  EXPECT_EQ(repr(prim::box_(fs({P(0, 0), P(4, 4)}))),
            "frozenset({(0, 1), (2, 4), (4, 0), (0, 4), (3, 4), (4, 3), (0, 2), (1, 0), (4, 1), "
            "(4, 4), (0, 0), (0, 3), (2, 0), (1, 4), (3, 0), (4, 2)})");
  EXPECT_EQ(repr(prim::outbox_(fs({P(1, 1)}))),
            "frozenset({(0, 1), (1, 2), (2, 1), (0, 0), (2, 0), (0, 2), (2, 2), (1, 0)})");
  EXPECT_EQ(repr(prim::dneighbors_(P(1, 1))), "frozenset({(0, 1), (1, 0), (1, 2), (2, 1)})");
  EXPECT_EQ(repr(prim::ineighbors_(P(1, 1))), "frozenset({(2, 2), (0, 2), (2, 0), (0, 0)})");
  EXPECT_EQ(repr(prim::neighbors_(T({B(true), B(false)}))),
            "frozenset({(0, 1), (2, -1), (2, 1), (0, False), (True, 1), (2, False), (True, -1), "
            "(0, -1)})");
  EXPECT_EQ(repr(prim::shift_(fs({cell(1, 0, 0), cell(1, 0, 1), cell(1, 1, 0), cell(1, 1, 1)}),
                              P(1, 1))),
            "frozenset({(1, (1, 2)), (1, (1, 1)), (1, (2, 2)), (1, (2, 1))})");
  EXPECT_EQ(repr(prim::delta_(fs({P(0, 0), P(2, 2)}))),
            "frozenset({(0, 1), (1, 2), (2, 1), (1, 1), (2, 0), (0, 2), (1, 0)})");
  EXPECT_EQ(repr(prim::recolor_(I(7), fs({P(0, 0), P(1, 1)}))),
            "frozenset({(7, (1, 1)), (7, (0, 0))})");
}

// connect keeps the endpoint objects it copies (True stays True); ranges yield ints.
TEST_F(PrimPatch, ConnectKeepsBools) {
  EXPECT_EQ(repr(prim::connect_(T({B(true), I(0)}), P(1, 3))),
            "frozenset({(True, 0), (True, 1), (True, 2), (True, 3)})");
  EXPECT_EQ(repr(prim::connect_(P(3, 0), P(0, 3))),
            "frozenset({(1, 2), (0, 3), (2, 1), (3, 0)})");
  EXPECT_EQ(repr(prim::connect_(P(0, 0), P(3, 4))), "frozenset()");
}

TEST_F(PrimPatch, WrongTypes) {
  // backdrop(tuple) is a frozenset, toindices(tuple) the tuple itself: frozenset - tuple.
  EXPECT_EQ(raised([] { prim::delta_(T({P(0, 0), P(1, 1)})); }), Exc::TypeError);
  // `or` short-circuits before len(grid).
  EXPECT_EQ(repr(prim::bordering_(fs({cell(1, 0, 5)}), I(5))), "True");
  EXPECT_EQ(raised([] { prim::bordering_(fs({cell(1, 3, 5)}), I(5)); }), Exc::TypeError);
  EXPECT_EQ(raised([] { prim::dneighbors_(T({I(5)})); }), Exc::IndexError);
  EXPECT_EQ(raised([] { prim::dneighbors_(T({P(1, 2)})); }), Exc::TypeError);
  EXPECT_EQ(raised([] { prim::vfrontier_(empty_tuple()); }), Exc::IndexError);
  EXPECT_EQ(raised([] { prim::height_(I(5)); }), Exc::TypeError);
  EXPECT_EQ(repr(prim::width_(T({empty_tuple()}))), "0");
  EXPECT_EQ(repr(prim::center_(T({P(1, 2), P(3, 4)}))), "(2, 3)");
  EXPECT_EQ(raised([] { prim::shift_(fs({P(1, 2)}), T({I(1), I(2), I(3)})); }),
            Exc::ValueError);
}

// How many frames beyond its own a primitive needs before RecursionError: CPython counts Python
// frames, min()/max() and the comparisons inside them. Measured with python3 by recursing n frames
// then calling f(*args) (after warming f up), against a function that does nothing.
int extra_frames(auto f) {
  for (int k = 0; k < 12; ++k) {
    begin_evaluation(0, 0);
    budget().depth = kMaxDepth - k;
    try {
      f();
      return k;
    } catch (const PyError& e) {
      if (e.exc != Exc::RecursionError) return -1;
    }
  }
  return -1;
}

TEST_F(PrimPatch, RecursionDepthAsCPython) {
  Value obj = fs({cell(1, 0, 0), cell(2, 0, 1), cell(1, 1, 1)});
  Value ind = fs({P(0, 0), P(0, 1), P(1, 1)});
  Value one = fs({P(0, 0)});
  EXPECT_EQ(extra_frames([&] { prim::toindices_(obj); }), 1);
  EXPECT_EQ(extra_frames([&] { prim::toindices_(ind); }), 0);
  EXPECT_EQ(extra_frames([&] { prim::uppermost_(ind); }), 2);
  EXPECT_EQ(extra_frames([&] { prim::height_(ind); }), 3);
  EXPECT_EQ(extra_frames([&] { prim::ulcorner_(ind); }), 2);
  EXPECT_EQ(extra_frames([&] { prim::ulcorner_(one); }), 1);
  EXPECT_EQ(extra_frames([&] { prim::urcorner_(ind); }), 3);
  EXPECT_EQ(extra_frames([&] { prim::center_(obj); }), 4);
  EXPECT_EQ(extra_frames([&] { prim::manhattan_(obj, fs({cell(1, 5, 5)})); }), 4);
  EXPECT_EQ(extra_frames([&] { prim::square_(T({P(0, 0), P(0, 1)})); }), 1);
  EXPECT_EQ(extra_frames([&] { prim::connect_(P(0, 0), P(5, 5)); }), 2);
  EXPECT_EQ(extra_frames([&] { prim::gravitate_(ind, fs({P(5, 5)})); }), 5);
  EXPECT_EQ(extra_frames([&] { prim::hperiod_(fs({cell(1, 0, 0)})); }), 4);
}

// int_bounds caches a frozenset's bounds within an evaluation (patch_util.h): center of the same
// object again charges the same fuel and gives the same answer; after begin_evaluation, another
// set at the same address (the arena rolled back in between) gets its own bounds.
TEST_F(PrimPatch, BoundsCacheChargesAlikeAndForgetsBetweenEvaluations) {
  Arena arena;
  ArenaScope scope{arena};
  begin_evaluation(1000, 0);
  Arena::Mark mark = arena.mark();
  Value a = fs({P(0, 0), P(4, 6)});
  const int64_t f0 = budget().fuel;
  EXPECT_EQ(py_repr(prim::center_(a)), "(2, 3)");
  const int64_t f1 = budget().fuel;
  EXPECT_EQ(py_repr(prim::center_(a)), "(2, 3)");
  EXPECT_EQ(f0 - f1, f1 - budget().fuel);
  arena.rollback(mark);
  begin_evaluation(1000, 0);
  Value b = fs({P(10, 10), P(12, 12)});
  ASSERT_EQ(b.s, a.s);  // the premise: the same address
  EXPECT_EQ(py_repr(prim::center_(b)), "(11, 11)");
}

// Set depth (1 + the deepest key; it bounds nesting) where merge takes it from the sources'
// depths and shift from interned cells, without reading the keys: as deep as the keys say.
TEST_F(PrimPatch, DepthOfMergedAndShiftedSets) {
  Value deep = T({T({T({I(1)})})});  // depth 3
  Value a = fs({I(1), deep});
  Value b = fs({P(0, 1)});
  ASSERT_EQ(depth_of(a), 4u);
  Value m = prim::merge_(fs({a, b}));
  EXPECT_EQ(depth_of(m), 4u);
  EXPECT_EQ(depth_of(prim::merge_(fs({b, fs({P(2, 3)})}))), 2u);
  EXPECT_EQ(depth_of(prim::merge_(fs({empty(), b}))), 2u);
  Value cells = fs({cell(3, 0, 0), cell(4, 1, 2)});
  EXPECT_EQ(depth_of(prim::shift_(cells, P(5, 5))), 3u);       // interned cells
  EXPECT_EQ(depth_of(prim::shift_(cells, P(500, 500))), 3u);   // new cells
  Value odd = fs({T({deep, P(0, 0)})});  // a "cell" whose value is a tuple of depth 3
  EXPECT_EQ(depth_of(prim::shift_(odd, P(1, 1))), 5u);
}

}  // namespace
}  // namespace batt::rt
