// The passes end to end on small solver files: inlining, normalization, dedupe and fusion.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "ir/Pipeline.h"
#include "ir/Walk.h"

namespace batt::ir {
namespace {

class IrPasses : public ::testing::Test {
 protected:
  std::unique_ptr<Program> compileText(const std::string& text) {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() /
        ("battc_ir_passes_" + std::to_string(::getpid()) + "_" +
         ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".py");
    std::ofstream(path) << text;
    auto program = compile(std::vector<std::string>{path.string()}, {}, diags_);
    std::filesystem::remove(path);
    return program;
  }

  const Solver& solver(const Program& program, std::string_view name) {
    for (const Solver& s : program.solvers) {
      if (s.name == name) return s;
    }
    throw std::runtime_error("no solver " + std::string(name));
  }

  frontend::DiagnosticEngine diags_;
};

TEST_F(IrPasses, InliningKeepsEveryLineInProgramOrder) {
  // CPython runs x2 (ZeroDivisionError) although the result does not use it.
  auto program = compileText(
      "def solve(I):\n"
      "    x1 = vmirror(I)\n"
      "    x2 = divide(1, 0)\n"
      "    O = hmirror(x1)\n"
      "    return O\n");
  ASSERT_FALSE(diags_.hasErrors());
  const Solver& s = solver(*program, "solve");
  ASSERT_EQ(s.definitions.size(), 3u);
  EXPECT_EQ(s.definitions[1].variable, "x2");
  EXPECT_EQ(s.definitions[1].loc.line, 3u);
  ASSERT_EQ(s.root->op(), Op::Seq);
  ASSERT_EQ(s.root->operands().size(), 3u);
  EXPECT_EQ(s.root->operands()[0], s.definitions[0].node);
  EXPECT_EQ(s.root->operands()[1], s.definitions[1].node);
  EXPECT_EQ(s.root->operands()[2], s.result);
  EXPECT_EQ(s.result, s.definitions[2].node);
  EXPECT_EQ(s.result->operands()[0], s.definitions[0].node);
  EXPECT_EQ(program->dag.stats.calls, 3u);
  EXPECT_EQ(program->dag.stats.bodies, 1u);
}

TEST_F(IrPasses, ClosuresBuiltByTwoLinesAreTwoNodes) {
  // Two lambda objects in CPython: equality(x1, x2) is False. Calls that make no functions are
  // still shared.
  auto program = compileText(
      "def solve(I):\n"
      "    x1 = compose(vmirror, hmirror)\n"
      "    x2 = compose(vmirror, hmirror)\n"
      "    x3 = vmirror(I)\n"
      "    x4 = vmirror(I)\n"
      "    O = equality(x1, x2)\n"
      "    return O\n"
      "def solve_other(I):\n"
      "    x1 = compose(vmirror, hmirror)\n"
      "    return x1\n");
  ASSERT_FALSE(diags_.hasErrors());
  const Solver& s = solver(*program, "solve");
  EXPECT_NE(s.definitions[0].node, s.definitions[1].node);
  EXPECT_EQ(s.definitions[0].node->instance(), 0u);
  EXPECT_EQ(s.definitions[1].node->instance(), 1u);
  EXPECT_EQ(s.definitions[2].node, s.definitions[3].node);
  // Across solvers the first instance is shared: identity is only observable within one run.
  EXPECT_EQ(solver(*program, "solve_other").result, s.definitions[0].node);
}

TEST_F(IrPasses, NormalizationRemovesIdentityAndStaticallyKnownCallees) {
  auto program = compileText(
      "def solve_a(I):\n"
      "    x1 = identity(I)\n"
      "    f = vmirror\n"
      "    return f(x1)\n"
      "def solve_b(I):\n"
      "    return vmirror(I)\n");
  ASSERT_FALSE(diags_.hasErrors());
  EXPECT_EQ(solver(*program, "solve_a").root, solver(*program, "solve_b").root);
  EXPECT_EQ(solver(*program, "solve_a").root->op(), Op::Call);
  EXPECT_EQ(program->duplicates.unique, 1u);
}

TEST_F(IrPasses, DuplicatesNeedEqualBodiesAndParameterCounts) {
  auto program = compileText(
      "def a(I):\n    return rot90(I)\n"
      "def b(G):\n    x = rot90(G)\n    return x\n"
      "def c(I, J):\n    return rot90(I)\n"
      "def d(I):\n    return rot180(I)\n");
  ASSERT_FALSE(diags_.hasErrors());
  const DuplicateGroups& groups = program->duplicates;
  EXPECT_EQ(groups.unique, 3u);
  ASSERT_EQ(groups.groups.size(), 1u);
  EXPECT_EQ(groups.groups[0], (std::vector<uint32_t>{0, 1}));
  EXPECT_EQ(groups.representative[1], 0u);
  EXPECT_TRUE(groups.isUnique(2));
  EXPECT_EQ(groups.hashCollisions, 0u);
  EXPECT_EQ(program->solvers[0].bodyHash(), program->solvers[1].bodyHash());
  EXPECT_NE(program->solvers[0].bodyHash(), program->solvers[2].bodyHash());
}

TEST_F(IrPasses, FusedDagIsTopologicalWithUsersAndRoots) {
  auto program = compileText(
      "def a(I):\n    x1 = objects(I, T, F, T)\n    return argmax(x1, size)\n"
      "def b(I):\n    x1 = objects(I, T, F, T)\n    return argmin(x1, size)\n"
      "def c(I):\n    x1 = objects(I, T, F, T)\n    return argmax(x1, size)\n");
  ASSERT_FALSE(diags_.hasErrors());
  const FusedDag& dag = program->dag;
  for (uint32_t i = 0; i < dag.nodes.size(); ++i) {
    EXPECT_EQ(dag.indexOf(dag.nodes[i]), i);
    for (const Node* operand : dag.nodes[i]->operands()) EXPECT_LT(dag.indexOf(operand), i);
  }
  ASSERT_EQ(dag.root.size(), 3u);
  EXPECT_EQ(dag.root[0], dag.root[2]);
  EXPECT_NE(dag.root[0], dag.root[1]);
  const Node* objects = program->solvers[0].definitions[0].node;
  EXPECT_EQ(dag.users[dag.indexOf(objects)], 2u);  // unique solvers only: a and b
  EXPECT_EQ(dag.origin[dag.indexOf(objects)].solver, 0u);
  EXPECT_EQ(dag.origin[dag.indexOf(objects)].variable, "x1");
  EXPECT_EQ(dag.stats.calls, 3u);
  EXPECT_EQ(dag.stats.sharedCalls, 1u);
  EXPECT_EQ(dag.stats.maxDepth, 2u);
  EXPECT_EQ(dag.stats.nodes, dag.stats.calls + dag.stats.leaves + dag.stats.bodies);
}

TEST_F(IrPasses, LongChainsNeedNoRecursion) {
  // 100,000 lines, each using the previous one: inlining, normalization, fusion and walks must
  // not recurse per line.
  std::string text = "def solve_chain(I):\n    x0 = vmirror(I)\n";
  const int lines = 100000;
  for (int i = 1; i < lines; ++i) {
    text += "    x" + std::to_string(i) + " = vmirror(x" + std::to_string(i - 1) + ")\n";
  }
  text += "    return x" + std::to_string(lines - 1) + "\n";
  auto program = compileText(text);
  ASSERT_FALSE(diags_.hasErrors());
  EXPECT_EQ(program->dag.stats.calls, static_cast<size_t>(lines));
  EXPECT_EQ(program->dag.stats.maxDepth, static_cast<uint32_t>(lines));
  size_t visited = 0;
  NodeSet seen;
  postOrder(
      program->solvers[0].root, [&](const Node* node) { return seen.insert(node); },
      [&](const Node*) { ++visited; });
  EXPECT_EQ(visited, program->dag.stats.nodes);
}

}  // namespace
}  // namespace batt::ir
