#include "ir/Printer.h"

#include <functional>
#include <initializer_list>
#include <ostream>
#include <unordered_map>

#include <fmt/format.h>

#include "ir/Walk.h"

namespace batt::ir {

namespace {

// Python's repr of a constant.
std::string formatConstant(const Node* node) {
  switch (node->op()) {
    case Op::Int:
      return std::to_string(node->intValue());
    case Op::Bool:
      return node->boolValue() ? "True" : "False";
    case Op::None:
      return "None";
    case Op::Tuple: {
      std::string text = "(";
      for (const Node* element : node->operands()) {
        if (text.size() > 1) text += ", ";
        text += formatConstant(element);
      }
      return text + (node->operands().size() == 1 ? ",)" : ")");
    }
    default:
      frontend::internalError("formatConstant of a non-constant");
  }
}

// Names inputs and calls; constants and primitives are spelt out by formatRef.
using Namer = std::function<std::string(const Node*)>;

std::string formatRef(const Node* node, const Namer& name) {
  if (node->isConstant()) return formatConstant(node);
  if (node->op() == Op::Prim) return std::string(frontend::primitives()[node->primitive()].name);
  if (node->op() == Op::Raise) return fmt::format("<raises {}>", raisedErrorName(node->raisedError()));
  return name(node);
}

std::string formatOperation(const Node* node, const Namer& name) {
  std::string args;
  auto operands = node->isCall() ? node->arguments() : node->operands();
  for (const Node* argument : operands) {
    if (!args.empty()) args += ", ";
    args += formatRef(argument, name);
  }
  std::string instance = node->instance() ? fmt::format(" #{}", node->instance()) : "";
  switch (node->op()) {
    case Op::Call:
      return fmt::format("{}({}){}", frontend::primitives()[node->primitive()].name, args, instance);
    case Op::MakeTuple:
      return fmt::format("({}{})", args, operands.size() == 1 ? "," : "");
    case Op::Seq:
      return fmt::format("lines({})", args);
    default:
      return fmt::format("call {}({}){}", formatRef(node->callee(), name), args, instance);
  }
}

// The lines of a solver body (Op::Seq) before its result: "%0, %3".
std::string formatLines(const Node* body, const Namer& name) {
  std::string lines;
  auto operands = body->operands();
  for (const Node* line : operands.first(operands.size() - 1)) {
    lines += (lines.empty() ? "" : ", ") + formatRef(line, name);
  }
  return lines;
}

// "  ; part, part" for the non-empty parts, or nothing.
std::string formatComment(std::initializer_list<std::string> parts) {
  std::string comment;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    comment += comment.empty() ? "  ; " : ", ";
    comment += part;
  }
  return comment;
}

std::string formatUsers(uint32_t users) {
  return users >= 2 ? fmt::format("used by {} solvers", users) : "";
}

}  // namespace

std::string formatHash(uint64_t hash) { return fmt::format("{:016x}", hash); }

std::string_view raisedErrorName(RaisedError error) {
  switch (error) {
    case RaisedError::NameError: return "NameError";
    case RaisedError::UnboundLocalError: return "UnboundLocalError";
    case RaisedError::TypeError: return "TypeError";
  }
  return "?";
}

void printSolver(std::ostream& out, const Solver& solver, const FusedDag* dag) {
  out << "solver " << solver.name << '(';
  for (size_t i = 0; i < solver.params.size(); ++i) out << (i ? ", " : "") << solver.params[i];
  out << ") hash " << formatHash(solver.bodyHash()) << '\n';
  std::unordered_map<const Node*, const Definition*> definitionOf;
  for (const Definition& definition : solver.definitions) {
    definitionOf.emplace(definition.node, &definition);
  }
  std::unordered_map<const Node*, uint32_t> numbers;
  Namer name = [&](const Node* node) {
    if (node->op() == Op::Input) return std::string(solver.params[node->inputIndex()]);
    return fmt::format("%{}", numbers.at(node));
  };
  NodeSet seen;
  postOrder(
      solver.root, [&](const Node* node) { return seen.insert(node); },
      [&](const Node* node) {
        if (!node->isEvaluated() || node == solver.root && node->op() == Op::Seq) return;
        uint32_t number = static_cast<uint32_t>(numbers.size());
        numbers.emplace(node, number);
        auto definition = definitionOf.find(node);
        std::string line = definition == definitionOf.end()
                               ? ""
                               : fmt::format("{} (line {})", definition->second->variable,
                                             definition->second->loc.line);
        std::string users = dag ? formatUsers(dag->users[dag->indexOf(node)]) : "";
        out << "  %" << number << " = " << formatOperation(node, name)
            << formatComment({line, users}) << '\n';
      });
  if (solver.root->op() == Op::Seq) {
    // The lines CPython runs before it returns: the first that raises is the solver's error.
    out << "  lines " << formatLines(solver.root, name)
        << "  ; run in this order, the first error wins\n";
  }
  out << "  return " << formatRef(solver.result, name) << '\n';
}

void printSolverTypes(std::ostream& out, const Solver& solver, const FusedDag& dag,
                      const NodeTypes& types, const frontend::SourceManager& sources) {
  out << "solver " << solver.name << '(';
  for (size_t i = 0; i < solver.params.size(); ++i) out << (i ? ", " : "") << solver.params[i];
  out << ")\n";
  std::unordered_map<const Node*, const Definition*> definitionOf;
  for (const Definition& definition : solver.definitions) {
    definitionOf.emplace(definition.node, &definition);
  }
  std::unordered_map<const Node*, uint32_t> numbers;
  Namer name = [&](const Node* node) {
    if (node->op() == Op::Input) return std::string(solver.params[node->inputIndex()]);
    return fmt::format("%{}", numbers.at(node));
  };
  NodeSet seen;
  postOrder(
      solver.root, [&](const Node* node) { return seen.insert(node); },
      [&](const Node* node) {
        if (node == solver.root && node->op() == Op::Seq) return;
        const std::string& type = types.of(dag, node)->str();
        if (!node->isEvaluated()) {
          out << "  " << formatRef(node, name) << " : " << type << '\n';
          return;
        }
        uint32_t number = static_cast<uint32_t>(numbers.size());
        numbers.emplace(node, number);
        std::string line;
        auto definition = definitionOf.find(node);
        if (definition != definitionOf.end()) {
          const Definition& d = *definition->second;
          std::string_view path = sources.file(d.loc.file).path();
          path = path.substr(path.find_last_of('/') + 1);
          line = fmt::format("{}, {}:{}", d.variable, path, d.loc.line);
        }
        out << "  %" << number << " = " << formatOperation(node, name) << " : " << type
            << formatComment({line}) << '\n';
      });
  if (solver.root->op() == Op::Seq) {
    out << "  lines " << formatLines(solver.root, name) << " : "
        << types.of(dag, solver.root)->str() << '\n';
  }
  out << "  return " << formatRef(solver.result, name) << " : "
      << types.of(dag, solver.result)->str() << '\n';
}

std::string formatTypedSummary(std::span<const Solver> solvers, const DuplicateGroups& duplicates,
                               const FusedDag& dag, const NodeTypes& types) {
  uint32_t typed = 0;
  for (uint32_t i = 0; i < solvers.size(); ++i) {
    if (!duplicates.isUnique(i)) continue;
    bool all = true;
    NodeSet seen;
    postOrder(
        solvers[i].root, [&](const Node* node) { return all && seen.insert(node); },
        [&](const Node* node) { all = all && isFullyTyped(types.of(dag, node)); });
    if (all) ++typed;
  }
  return fmt::format("typed solvers: {} of {} (every node typed)", typed, duplicates.unique);
}

void printDag(std::ostream& out, const FusedDag& dag, std::span<const Solver> solvers,
              const DuplicateGroups& duplicates) {
  const DagStats& s = dag.stats;
  out << fmt::format("; fused DAG: {} nodes, {} calls, {} leaves, max depth {}, {} shared calls\n",
                     s.nodes, s.calls, s.leaves, s.maxDepth, s.sharedCalls);
  std::vector<uint32_t> numbers(dag.nodes.size(), FusedDag::kAbsent);
  uint32_t next = 0;
  Namer name = [&](const Node* node) { return fmt::format("%{}", numbers[dag.indexOf(node)]); };
  for (uint32_t i = 0; i < dag.nodes.size(); ++i) {
    const Node* node = dag.nodes[i];
    if (node->op() == Op::Input) {
      numbers[i] = next++;
      out << name(node) << " = input " << node->inputIndex() << '\n';
    } else if (node->isEvaluated()) {
      numbers[i] = next++;
      const NodeOrigin& origin = dag.origin[i];
      std::string line = origin.solver == FusedDag::kAbsent
                             ? ""
                             : fmt::format("{} in {} (line {})", origin.variable,
                                           solvers[origin.solver].name, origin.loc.line);
      out << name(node) << " = " << formatOperation(node, name)
          << formatComment({line, formatUsers(dag.users[i])}) << '\n';
    }
  }
  out << "; roots\n";
  for (uint32_t i = 0; i < solvers.size(); ++i) {
    out << solvers[i].name << " = " << formatRef(solvers[i].root, name);
    if (!duplicates.isUnique(i)) {
      out << "  ; same body as " << solvers[duplicates.representative[i]].name;
    }
    out << '\n';
  }
}

std::string formatSummary(std::span<const Solver> solvers, const DuplicateGroups& duplicates,
                          const DagStats& stats, size_t skipped) {
  std::string summary = fmt::format(
      "{} solvers, {} unique, {} duplicate groups, {} call nodes, {} leaves, max depth {}, "
      "{} shared calls",
      solvers.size(), duplicates.unique, duplicates.groups.size(), stats.calls, stats.leaves,
      stats.maxDepth, stats.sharedCalls);
  if (skipped != 0) summary += fmt::format(", {} skipped", skipped);
  if (duplicates.hashCollisions != 0) {
    summary += fmt::format(", {} hash collisions", duplicates.hashCollisions);
  }
  return summary;
}

}  // namespace batt::ir
