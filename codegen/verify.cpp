#include "codegen/verify.h"

#include <charconv>

#include <fmt/format.h>

#include "runtime/primitives.h"

namespace batt::codegen {

namespace {

using Op = rt::ProgramNode::Op;

// The constants batt_gen.h can describe: None, bools, ints and tuples of them.
bool emittable(const rt::Value& v) {
  switch (v.kind) {
    case rt::Kind::None:
    case rt::Kind::Bool:
    case rt::Kind::Int: return true;
    case rt::Kind::Tuple:
      for (const rt::Value& e : *v.t) {
        if (!emittable(e)) return false;
      }
      return true;
    default: return false;
  }
}

std::string check_node(const rt::Program& program, size_t index) {
  const rt::ProgramNode& node = program.nodes[index];
  for (uint32_t a : node.args) {
    if (a >= index) return fmt::format("operand {} is not an earlier node", a);
  }
  switch (node.op) {
    case Op::Input: return "";
    case Op::Const:
      return emittable(node.constant) ? "" : "a constant that is not None, bool, int or tuple";
    case Op::PrimRef:
      return node.prim < rt::kNumPrimitives ? "" : fmt::format("unknown primitive {}", node.prim);
    case Op::Call:
      if (node.prim >= rt::kNumPrimitives) return fmt::format("unknown primitive {}", node.prim);
      if (node.args.size() != rt::primitive(node.prim).arity) {
        return fmt::format("{} arguments for {}, which takes {}", node.args.size(),
                           rt::primitive(node.prim).name, rt::primitive(node.prim).arity);
      }
      return "";
    case Op::DynCall: return node.args.empty() ? "a dynamic call without a callee" : "";
    case Op::Raise: return "";
    case Op::Tuple: return "";
    case Op::Seq: return node.args.empty() ? "a solver body without a result" : "";
  }
  return "an unknown operation";
}

bool is_body_hash(const std::string& s) {
  uint64_t value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value, 16);
  return s.size() == 16 && ec == std::errc() && end == s.data() + s.size();
}

}  // namespace

std::vector<std::string> verify_program(const rt::Program& program, const rt::ProgramInfo& info) {
  std::vector<std::string> problems;
  for (size_t k = 0; k < program.nodes.size(); ++k) {
    std::string problem = check_node(program, k);
    if (!problem.empty()) problems.push_back(fmt::format("node {}: {}", k, problem));
  }
  for (size_t u = 0; u < program.roots.size(); ++u) {
    if (program.roots[u] >= program.nodes.size()) {
      problems.push_back(fmt::format("root of unique solver {} is not a node", u));
    }
  }
  if (info.unique != program.roots.size()) {
    problems.push_back(
        fmt::format("{} unique solvers described, {} roots", info.unique, program.roots.size()));
  }
  std::vector<bool> described(program.roots.size());
  for (const rt::SolverInfo& s : info.solvers) {
    if (s.unique >= program.roots.size()) {
      problems.push_back(fmt::format("solver {}: no unique solver {}", s.name, s.unique));
    } else {
      described[s.unique] = true;
    }
    if (!is_body_hash(s.body_hash)) {
      problems.push_back(
          fmt::format("solver {}: body hash '{}' is not 16 hex digits", s.name, s.body_hash));
    }
  }
  for (size_t u = 0; u < described.size(); ++u) {
    if (!described[u]) problems.push_back(fmt::format("unique solver {} has no solver", u));
  }
  return problems;
}

}  // namespace batt::codegen
