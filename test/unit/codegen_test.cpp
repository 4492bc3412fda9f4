// Codegen: escaping of input text, the shard plan, and end to end: a hand-made fused program
// compiled to a BATT executable must give the DAG interpreter's --outputs byte for byte, and a
// rebuild must reuse every cached object except the changed shard's.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "codegen/build.h"
#include "codegen/emit.h"
#include "codegen/escape.h"
#include "codegen/shard.h"
#include "interp/interpreter.h"
#include "runtime/arena.h"
#include "runtime/primitives.h"
#include "runtime/run.h"

namespace batt::codegen {
namespace {

namespace fs = std::filesystem;
using Op = rt::ProgramNode::Op;

// The bytes a C++ string literal made by string_literal() stands for (its escapes only).
std::string decode_literal(std::string_view literal) {
  std::string out;
  bool inside = false;
  for (size_t k = 0; k < literal.size(); ++k) {
    char c = literal[k];
    if (!inside) {
      if (c == '"')
        inside = true;
      else
        EXPECT_TRUE(c == '\n' || c == ' ') << "between pieces: " << int(c);
    } else if (c == '"') {
      inside = false;
    } else if (c != '\\') {
      out += c;
    } else if (literal[k + 1] == 'n') {
      out += '\n';
      ++k;
    } else {
      out += static_cast<char>(std::stoi(std::string(literal.substr(k + 1, 3)), nullptr, 8));
      k += 3;
    }
  }
  return out;
}

TEST(Escape, StringLiteralKeepsEveryByte) {
  const std::string hostile[] = {
      "plain",
      "",
      "quote \" backslash \\ end",
      "\");\nsystem(\"rm -rf /\");\n//",
      "trigraph ?"
      "?= ?"
      "?/ ?"
      "?' ?",
      "*/ /* comment */",
      std::string("nul \0 and \x7f \xff \xc3\xa9", 16),  // 16 bytes (19 read past the literal: ASan)
      "line\r\nline\n\n",
      "\\\n",  // a backslash that would splice lines
  };
  for (const std::string& text : hostile) {
    std::string literal = string_literal(text, "  ");
    EXPECT_EQ(decode_literal(literal), text) << literal;
    EXPECT_EQ(literal.find("??"), std::string::npos) << literal;
    for (char c : literal) {
      EXPECT_TRUE((c >= 0x20 && c <= 0x7e) || c == '\n')
          << "raw byte " << int(c) << " in " << literal;
    }
  }
}

TEST(Escape, CommentTextIsOneInertLine) {
  for (std::string text :
       {"x1 = objects(I, T, F, T)", "a\nb", "end\\", "*/ ok", "\r\x85\xe2\x80\xa8"}) {
    std::string comment = comment_text(text);
    for (size_t k = 0; k < comment.size(); ++k) {
      EXPECT_TRUE(comment[k] >= 0x20 && comment[k] <= 0x7e) << comment;
      if (comment[k] == '\\') {
        EXPECT_EQ(comment[k + 1], 'x') << comment;
      }
    }
  }
  EXPECT_EQ(comment_text("x1 = f(I)"), "x1 = f(I)");
  EXPECT_EQ(comment_text("a\\\nb"), "a\\x5c\\x0ab");
}

// A fused program built by hand, as the lowering from the IR would build it.
class ProgramBuilder {
 public:
  uint32_t input(uint32_t param) {
    rt::ProgramNode& node = add(Op::Input);
    node.param = param;
    return last();
  }
  uint32_t constant(rt::Value v) {
    add(Op::Const).constant = v;
    return last();
  }
  uint32_t integer(int64_t v) { return constant(rt::Value::integer(v)); }
  uint32_t boolean(bool v) { return constant(rt::Value::boolean(v)); }
  uint32_t prim_ref(std::string_view name) {
    add(Op::PrimRef).prim = id(name);
    return last();
  }
  uint32_t call(std::string_view name, std::vector<uint32_t> args, std::string origin = "") {
    rt::ProgramNode& node = add(Op::Call);
    node.prim = id(name);
    node.args = std::move(args);
    node.origin = std::move(origin);
    return last();
  }
  uint32_t dyn_call(std::vector<uint32_t> args) {
    add(Op::DynCall).args = std::move(args);
    return last();
  }
  // A unique solver whose result is node `root`, under each of `names` (the first is the body's).
  void solver(uint32_t root, std::string body_hash, std::vector<std::string> names) {
    uint32_t unique = static_cast<uint32_t>(program.roots.size());
    program.roots.push_back(root);
    for (const std::string& name : names) {
      info.solvers.push_back({name, unique, body_hash, name == names[0] ? "" : names[0],
                              "def " + name + "(I):\n    return I\n"});
    }
    info.unique = program.roots.size();
  }
  void finish() {
    std::sort(info.solvers.begin(), info.solvers.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    info.dag_nodes = program.nodes.size();
  }

  rt::Program program;
  rt::ProgramInfo info;

 private:
  static uint16_t id(std::string_view name) { return *rt::find_primitive(name); }
  rt::ProgramNode& add(Op op) {
    program.nodes.push_back({});
    program.nodes.back().op = op;
    return program.nodes.back();
  }
  uint32_t last() const { return static_cast<uint32_t>(program.nodes.size() - 1); }
};

// Solvers that reach every kind of node and outcome: shared subexpressions, constants (tuples,
// the smallest int64), primitives as values, dynamic calls, raised errors and their propagation,
// a missing parameter, integer overflow, recursion too deep for CPython, and a call no solver
// uses (which the interpreter evaluates all the same).
ProgramBuilder sample_program(bool variant = false) {
  rt::ArenaScope immortal(rt::immortal_arena());
  ProgramBuilder p;
  uint32_t I = p.input(0), T = p.boolean(true), F = p.boolean(false);
  uint32_t objects = p.call("objects", {I, T, F, T}, "solve_a (s.py:2) x1 = objects(I, T, F, T)");
  uint32_t count = p.call("size", {objects}, "solve_a (s.py:3) O = size(x1)");
  p.solver(count, "0000000000000000", {"solve_a", "solve_a_again"});

  uint32_t size = p.prim_ref("size");
  p.solver(p.dyn_call({size, objects}), "0000000000000001", {"solve_b"});

  uint32_t zero = p.integer(0);
  uint32_t quotient = p.call(variant ? "multiply" : "divide", {count, zero},
                             "solve_c (s.py:9) x2 = divide(x1, ZERO)");
  p.solver(p.call("add", {quotient, count}), "0000000000000002", {"solve_c"});

  p.solver(p.input(1), "0000000000000003", {"solve_d"});
  uint32_t smallest = p.integer(INT64_MIN);
  p.solver(p.call("add", {smallest, p.integer(-1)}), "0000000000000004", {"solve_e"});
  uint32_t forever = p.call("power", {p.prim_ref("identity"), p.integer(0)});
  p.solver(p.dyn_call({forever, I}), "0000000000000005", {"solve_f"});
  uint32_t pair = p.constant(rt::make_tuple({rt::Value::integer(1), rt::make_pair(2, 3)}));
  p.solver(p.call("combine", {pair, p.call("shape", {I})}), "0000000000000006", {"solve_g"});
  p.call("vmirror", {I});
  p.finish();
  return p;
}

TEST(Shards, EveryCallNodeInOneShard) {
  ProgramBuilder p = sample_program();
  std::vector<uint64_t> hashes;
  for (size_t u = 0; u < p.program.roots.size(); ++u) hashes.push_back(u);
  ShardPlan plan = plan_shards(p.program, hashes, 4);
  std::vector<int> shard_of(p.program.nodes.size(), -1);
  for (size_t s = 0; s < plan.nodes.size(); ++s) {
    for (uint32_t n : plan.nodes[s]) {
      EXPECT_EQ(shard_of[n], -1) << "node " << n << " twice";
      shard_of[n] = static_cast<int>(s);
      for (uint32_t a : p.program.nodes[n].args) {
        const auto& arg = p.program.nodes[a];
        if (arg.op != Op::Call && arg.op != Op::DynCall) continue;
        // An operand is used by every solver using the node: it is in the same shard (and
        // then planned first) or in a lower one.
        ASSERT_NE(shard_of[a], -1) << "node " << n << " before its operand " << a;
        EXPECT_LE(shard_of[a], shard_of[n]);
      }
    }
  }
  for (size_t n = 0; n < p.program.nodes.size(); ++n) {
    const auto& node = p.program.nodes[n];
    if (node.op == Op::Call || node.op == Op::DynCall) {
      EXPECT_NE(shard_of[n], -1) << n;
    }
  }
  // objects(I, T, F, T) is used by solvers of shards 0, 1 and 2: the lowest evaluates it.
  EXPECT_EQ(shard_of[3], 0);
  // The call no solver uses goes to shard 0.
  EXPECT_EQ(shard_of.back(), 0);
}

TEST(Emit, RejectsAMalformedProgram) {
  ProgramBuilder p = sample_program();
  p.program.nodes[4].args = {3, 3};  // size() with two arguments
  Emitted emitted = emit_cpp(p.program, p.info);
  ASSERT_EQ(emitted.errors.size(), 1u);
  EXPECT_EQ(emitted.errors[0], "node 4: 2 arguments for size, which takes 1");
  EXPECT_TRUE(emitted.files.empty());
}

std::string read(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

class EndToEnd : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("battc-codegen-test-" + std::to_string(getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  BuildResult build(const ProgramBuilder& p, const std::string& name) {
    Emitted emitted = emit_cpp(p.program, p.info, {.shards = 4});
    EXPECT_TRUE(emitted.errors.empty());
    return build_batt(emitted,
                      {.output = (dir_ / name).string(), .cache_dir = (dir_ / "cache").string()});
  }

  // The --outputs of the compiled program and of the interpreter on one task.
  // The --outputs of the compiled program and of the interpreter on one task (fuel 0: default).
  std::pair<std::string, std::string> outputs(const ProgramBuilder& p, const std::string& batt,
                                              int64_t fuel = 0) {
    std::string task = BATTC_SHARED_DIR "/arc-data/arc-agi-1/training/007bbfb7.json";
    fs::path compiled = dir_ / "compiled.tsv", interpreted = dir_ / "interpreted.tsv";
    std::string command = (dir_ / batt).string() + " --quiet --tasks " + task + " --outputs " +
                          compiled.string() + " --fuel " + std::to_string(fuel);
    EXPECT_EQ(std::system(command.c_str()), 0) << command;

    rt::RunRequest request;
    request.tasks = task;
    request.paths.outputs = interpreted.string();
    request.quiet = true;
    request.options.fuel = fuel;
    rt::run_program(request, p.info, [&](auto inputs, const auto& options, auto& out) {
      interp::evaluate(p.program, inputs, options, out);
    });
    return {read(compiled), read(interpreted)};
  }

  fs::path dir_;
};

TEST_F(EndToEnd, CompiledOutputsAreTheInterpreters) {
  ProgramBuilder p = sample_program();
  BuildResult built = build(p, "batt");
  ASSERT_TRUE(built.ok) << built.diagnostics;
  auto [compiled, interpreted] = outputs(p, "batt");
  EXPECT_EQ(compiled, interpreted);
  // Every kind of outcome occurs, so the comparison says something.
  for (const char* status : {"\tok\t", "error:ZeroDivisionError", "error:TypeError",
                             "error:IntegerOverflow", "error:RecursionError"}) {
    EXPECT_NE(compiled.find(status), std::string::npos) << status;
  }
  // Fuel and frames are charged as the interpreter charges them: budgets run out alike.
  for (int64_t fuel : {1, 2, 40}) {
    auto [c, i] = outputs(p, "batt", fuel);
    EXPECT_EQ(c, i) << "--fuel " << fuel;
  }
}

TEST_F(EndToEnd, ARebuildCompilesOnlyTheChangedShard) {
  BuildResult cold = build(sample_program(), "batt");
  ASSERT_TRUE(cold.ok) << cold.diagnostics;
  for (const UnitReport& unit : cold.units) EXPECT_FALSE(unit.cached) << unit.name;

  BuildResult warm = build(sample_program(), "batt2");
  ASSERT_TRUE(warm.ok) << warm.diagnostics;
  for (const UnitReport& unit : warm.units) EXPECT_TRUE(unit.cached) << unit.name;

  // solve_c (body hash 2, shard 2) multiplies instead of dividing: its shard changes, and nothing
  // else, not even the program table.
  ProgramBuilder changed = sample_program(/*variant=*/true);
  BuildResult rebuilt = build(changed, "batt3");
  ASSERT_TRUE(rebuilt.ok) << rebuilt.diagnostics;
  std::vector<std::string> compiled;
  for (const UnitReport& unit : rebuilt.units) {
    if (!unit.cached) compiled.push_back(unit.name);
  }
  EXPECT_EQ(compiled, (std::vector<std::string>{"shard2.cpp"}));
  auto [c, i] = outputs(changed, "batt3");
  EXPECT_EQ(c, i);
}

}  // namespace
}  // namespace batt::codegen
