// The interpreter's per-node profile: what one evaluation counts (fuel, outcome), how the threads'
// counters add up, and the TSV (order, which nodes, the origin of nested calls).
#include <gtest/gtest.h>

#include <thread>

#include "interp/profile.h"
#include "runtime/budget.h"
#include "runtime/primitives.h"

namespace batt::interp {
namespace {

using rt::Exc;
using rt::ProgramNode;
using rt::Status;
using rt::Value;

rt::RunOptions with_fuel(int64_t fuel) {
  rt::RunOptions options;
  options.fuel = fuel;
  return options;
}

TEST(Profile, CountsTheFuelAnEvaluationUsed) {
  NodeProfile node;
  rt::Outcome o = eval_node_profiled(with_fuel(100), [] {
    rt::charge(30);
    return Value::integer(1);
  }, node);
  EXPECT_EQ(o.status, Status::Ok);
  o = eval_node_profiled(with_fuel(100), [] {
    rt::charge(5);
    rt::raise(Exc::ValueError);
    return Value::integer(0);
  }, node);
  EXPECT_EQ(o.status, Status::Error);
  EXPECT_EQ(node.evaluations, 2u);
  EXPECT_EQ(node.ok, 1u);
  EXPECT_EQ(node.errors, 1u);
  EXPECT_EQ(node.timeouts, 0u);
  EXPECT_EQ(node.fuel_total, 35);
  EXPECT_EQ(node.fuel_max, 30);
}

TEST(Profile, ATimeoutCountsTheWholeBudget) {
  NodeProfile node;
  // The charge that runs out overshoots the budget; the profile counts the budget itself.
  rt::Outcome o = eval_node_profiled(with_fuel(100), [] {
    rt::charge(250);
    return Value::integer(1);
  }, node);
  EXPECT_EQ(o.status, Status::Timeout);
  EXPECT_EQ(node.timeouts, 1u);
  EXPECT_EQ(node.fuel_total, 100);
  EXPECT_EQ(node.fuel_max, 100);
}

TEST(Profile, ThreadsAddUp) {
  Profile profile(3);
  auto work = [&] {
    for (int k = 0; k < 10; ++k) profile.local()[1].add(Status::Ok, k, 0.0);
  };
  std::thread a(work), b(work);
  a.join();
  b.join();
  std::vector<NodeProfile> sum = profile.merged();
  ASSERT_EQ(sum.size(), 3u);
  EXPECT_EQ(sum[0].evaluations, 0u);
  EXPECT_EQ(sum[1].evaluations, 20u);
  EXPECT_EQ(sum[1].fuel_total, 90);
  EXPECT_EQ(sum[1].fuel_max, 9);
}

ProgramNode node(ProgramNode::Op op, std::vector<uint32_t> args, std::string origin) {
  ProgramNode p;
  p.op = op;
  p.args = std::move(args);
  p.origin = std::move(origin);
  return p;
}

TEST(Profile, TsvByFuelThenNodeWithTheLineOfNestedCalls) {
  rt::Program program;
  program.nodes.push_back(node(ProgramNode::Op::Input, {}, ""));
  ProgramNode inner = node(ProgramNode::Op::Call, {0}, "");  // rot90(I), nested in node 2's line
  inner.prim = static_cast<uint16_t>(rt::PrimId::rot90_);
  program.nodes.push_back(inner);
  program.nodes.push_back(
      node(ProgramNode::Op::Call, {1}, "solve_a (a.py:3) O = vmirror(rot90(I))"));
  program.nodes.push_back(node(ProgramNode::Op::Call, {0}, "solve_b (b.py:4) x1 =\tf(I)"));
  program.nodes.push_back(node(ProgramNode::Op::Call, {0}, "solve_c (c.py:5) never ran"));
  std::vector<NodeProfile> counters(program.nodes.size());
  counters[0].add(Status::Ok, 0, 0.5);  // a leaf: never listed
  counters[1].add(Status::Ok, 7, 0.25);
  counters[2].add(Status::Ok, 7, 0.125);
  counters[3].add(Status::Timeout, 100, 1.0);
  counters[3].add(Status::Error, 1, 0.5);
  EXPECT_EQ(format_profile(program, counters),
            "node\tseconds\tseconds_max\tfuel_total\tfuel_max\tevaluations\tok\terrors\ttimeouts"
            "\torigin\n"
            "3\t1.500000\t1.000000\t101\t100\t2\t0\t1\t1\tsolve_b (b.py:4) x1 = f(I)\n"
            "1\t0.250000\t0.250000\t7\t7\t1\t1\t0\t0\trot90(...) in solve_a (a.py:3) O = "
            "vmirror(rot90(I))\n"
            "2\t0.125000\t0.125000\t7\t7\t1\t1\t0\t0\tsolve_a (a.py:3) O = vmirror(rot90(I))\n");
}

}  // namespace
}  // namespace batt::interp
