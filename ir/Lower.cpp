#include "ir/Lower.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "ir/Printer.h"
#include "ir/Walk.h"
#include "runtime/arena.h"
#include "runtime/constants.h"

namespace batt::ir {
namespace {

rt::Value constantValue(const Node* node) {
  switch (node->op()) {
    case Op::Int: return rt::Value::integer(node->intValue());
    case Op::Bool: return rt::Value::boolean(node->boolValue());
    case Op::None: return rt::Value::none();
    case Op::Tuple: {
      std::vector<rt::Value> items;
      for (const Node* e : node->operands()) items.push_back(constantValue(e));
      return rt::make_tuple(items);
    }
    default: frontend::internalError("constantValue of a non-constant node");
  }
}

std::string origin(const Program& program, uint32_t k) {
  const NodeOrigin& o = program.dag.origin[k];
  if (o.solver == UINT32_MAX) return {};
  const Solver& s = program.solvers[o.solver];
  const auto& file = program.sources.file(o.loc.file);
  std::string line(file.lineText(o.loc.line));
  line.erase(0, line.find_first_not_of(" \t"));
  std::string text = fmt::format("{} ({}:{}) {}", s.name, file.path(), o.loc.line, line);
  if (uint32_t more = program.dag.users[k]; more > 1)
    text += fmt::format("; and {} more solver{}", more - 1, more > 2 ? "s" : "");
  return text;
}

// Python source of a constant node, as arc-dsl writes it.
std::string constantSource(const Node* node) {
  switch (node->op()) {
    case Op::Int: return std::to_string(node->intValue());
    case Op::Bool: return node->boolValue() ? "True" : "False";
    case Op::None: return "None";
    case Op::Tuple: {
      std::string s = "(";
      auto ops = node->operands();
      for (size_t k = 0; k < ops.size(); ++k) s += (k ? ", " : "") + constantSource(ops[k]);
      return s + (ops.size() == 1 ? ",)" : ")");
    }
    default: frontend::internalError("constantSource of a non-constant node");
  }
}

// A solver's body as an arc-dsl function named `solve`: one line per call or tuple display, in
// the order CPython would run them (a post-order walk of the body: the lines, then the result),
// variables x1, x2, ... and the result O. Equal bodies give equal text, which behaves as the
// body does: a line raises where a line of the original would.
std::string solverSource(const Solver& solver) {
  std::vector<const Node*> order;  // the calls and tuple displays, operands first
  std::unordered_map<const Node*, std::string> names;
  NodeSet seen;
  bool unbound = false;
  postOrder(
      solver.root,
      [&](const Node* n) { return (n->isEvaluated() || n->op() == Op::Raise) && seen.insert(n); },
      [&](const Node* n) {
        if (n->op() != Op::Seq) order.push_back(n);
      });
  auto expr = [&](const Node* n) -> std::string {
    switch (n->op()) {
      case Op::Input: return n->inputIndex() < solver.params.size()
                                 ? std::string(solver.params[n->inputIndex()])
                                 : fmt::format("p{}", n->inputIndex());
      case Op::Prim: return std::string(frontend::primitives()[n->primitive()].name);
      case Op::Raise:
      case Op::Call:
      case Op::DynCall:
      case Op::MakeTuple: return names.at(n);
      default: return constantSource(n);
    }
  };
  std::string out = "def solve(";
  for (size_t k = 0; k < solver.params.size(); ++k) out += (k ? ", " : "") + std::string(solver.params[k]);
  out += "):\n";
  for (size_t k = 0; k < order.size(); ++k)
    names[order[k]] = k + 1 == order.size() && order[k] == solver.result ? "O" : fmt::format("x{}", k + 1);
  for (const Node* n : order) {
    if (n->op() == Op::Raise) {
      // Python that raises the same: an undefined name, a local read before its assignment (the
      // assignment is after the return), a call with a missing argument.
      RaisedError error = n->raisedError();
      unbound |= error == RaisedError::UnboundLocalError;
      out += fmt::format("    {} = {}\n", names.at(n),
                         error == RaisedError::NameError           ? "undefined_name"
                         : error == RaisedError::UnboundLocalError ? "unbound_local"
                                                                   : "identity()");
      continue;
    }
    std::string args;
    auto operands = n->isCall() ? n->arguments() : n->operands();
    for (const Node* a : operands) args += (args.empty() ? "" : ", ") + expr(a);
    if (n->op() == Op::MakeTuple) {
      out += fmt::format("    {} = ({}{})\n", names.at(n), args, operands.size() == 1 ? "," : "");
      continue;
    }
    std::string callee = n->op() == Op::Call
                             ? std::string(frontend::primitives()[n->primitive()].name)
                             : expr(n->callee());
    out += fmt::format("    {} = {}({})\n", names.at(n), callee, args);
  }
  if (order.empty() || order.back() != solver.result) out += fmt::format("    O = {}\n", expr(solver.result));
  out += "    return O\n";
  // An assignment anywhere makes the name local, so reading it earlier raises UnboundLocalError.
  if (unbound) out += "    unbound_local = None\n";
  return out;
}

}  // namespace

rt::Program lowerToRuntime(const Program& program) {
  rt::ArenaScope scope(rt::immortal_arena());
  const FusedDag& dag = program.dag;
  rt::Program out;
  out.nodes.reserve(dag.nodes.size());
  for (uint32_t k = 0; k < dag.nodes.size(); ++k) {
    const Node* n = dag.nodes[k];
    rt::ProgramNode p;
    switch (n->op()) {
      case Op::Input:
        p.op = rt::ProgramNode::Op::Input;
        p.param = n->inputIndex();
        break;
      case Op::Int:
      case Op::Bool:
      case Op::Tuple:
        p.op = rt::ProgramNode::Op::Const;
        p.constant = constantValue(n);
        rt::prepare_shared(p.constant);
        break;
      case Op::Prim:
        p.op = rt::ProgramNode::Op::PrimRef;
        p.prim = n->primitive();
        break;
      case Op::Call:
        p.op = rt::ProgramNode::Op::Call;
        p.prim = n->primitive();
        break;
      case Op::DynCall: p.op = rt::ProgramNode::Op::DynCall; break;
      case Op::None:
        p.op = rt::ProgramNode::Op::Const;
        p.constant = rt::Value::none();
        break;
      case Op::Raise:
        p.op = rt::ProgramNode::Op::Raise;
        p.exc = n->raisedError() == RaisedError::NameError           ? rt::Exc::NameError
                : n->raisedError() == RaisedError::UnboundLocalError ? rt::Exc::UnboundLocalError
                                                                     : rt::Exc::TypeError;
        break;
      case Op::MakeTuple: p.op = rt::ProgramNode::Op::Tuple; break;
      case Op::Seq: p.op = rt::ProgramNode::Op::Seq; break;
    }
    if (n->isEvaluated())
      for (const Node* o : n->operands()) p.args.push_back(dag.indexOf(o));
    p.origin = origin(program, k);
    out.nodes.push_back(std::move(p));
  }
  for (uint32_t s = 0; s < program.solvers.size(); ++s)
    if (program.duplicates.isUnique(s)) out.roots.push_back(dag.root[s]);
  return out;
}

rt::ProgramInfo runtimeSolverTable(const Program& program) {
  const auto& solvers = program.solvers;
  const DuplicateGroups& dup = program.duplicates;
  std::vector<uint32_t> uniqueIndex(solvers.size(), 0);
  uint32_t next = 0;
  for (uint32_t s = 0; s < solvers.size(); ++s)
    if (dup.isUnique(s)) uniqueIndex[s] = next++;
  rt::ProgramInfo info;
  info.unique = next;
  info.dag_nodes = program.dag.stats.calls;
  for (uint32_t s = 0; s < solvers.size(); ++s) {
    uint32_t rep = dup.representative[s];
    rt::SolverInfo si;
    si.name = std::string(solvers[s].name);
    si.unique = uniqueIndex[rep];
    si.body_hash = formatHash(solvers[s].bodyHash());
    if (rep != s) si.duplicate_of = std::string(solvers[rep].name);
    si.source = solverSource(solvers[rep]);
    info.solvers.push_back(std::move(si));
  }
  std::stable_sort(info.solvers.begin(), info.solvers.end(),
                   [](const rt::SolverInfo& a, const rt::SolverInfo& b) { return a.name < b.name; });
  return info;
}

}  // namespace batt::ir
