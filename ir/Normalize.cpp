#include "ir/Normalize.h"

#include <algorithm>
#include <optional>

#include "frontend/Builtins.h"
#include "ir/Walk.h"

namespace batt::ir {

namespace {

class Normalizer {
 public:
  explicit Normalizer(Context& context)
      : context_(context), identity_(frontend::findPrimitive("identity")) {}

  void run(Solver& solver) {
    postOrder(
        solver.root, [&](const Node* node) { return seen_.insert(node); },
        [&](const Node* node) { record(node, rewrite(node)); });
    solver.root = normalForm(solver.root);
    // Every live line's value is reachable from the original root, so it has a normal form.
    for (Definition& definition : solver.definitions) definition.node = normalForm(definition.node);
  }

 private:
  const Node* normalForm(const Node* node) const { return normal_[node->id()]; }

  void record(const Node* node, const Node* result) {
    if (node->id() >= normal_.size()) normal_.resize(context_.size());
    normal_[node->id()] = result;
  }

  // Every operand is already in normal form.
  const Node* rewrite(const Node* node) {
    if (!node->isCall()) return node;  // leaves and tuple constants are normal
    operands_.clear();
    for (const Node* operand : node->operands()) operands_.push_back(normalForm(operand));
    std::span<const Node* const> operands(operands_);
    if (node->op() == Op::Call) return simplifyCall(node->primitive(), operands, node);
    const Node* callee = operands.front();
    std::span<const Node* const> arguments = operands.subspan(1);
    if (callee->op() == Op::Prim &&
        frontend::primitives()[callee->primitive()].arity == arguments.size()) {
      return simplifyCall(callee->primitive(), arguments, nullptr);
    }
    if (std::ranges::equal(operands, node->operands())) return node;
    return context_.dynCall(callee, arguments);
  }

  // The normal form of primitive(arguments); `existing` is that call if it already exists.
  const Node* simplifyCall(PrimitiveId primitive, std::span<const Node* const> arguments,
                           const Node* existing) {
    if (primitive == identity_) return arguments.front();
    if (existing && std::ranges::equal(arguments, existing->operands())) return existing;
    return context_.call(primitive, arguments);
  }

  Context& context_;
  std::optional<PrimitiveId> identity_;
  NodeSet seen_;
  std::vector<const Node*> normal_;  // by node id
  std::vector<const Node*> operands_;
};

}  // namespace

void normalize(std::span<Solver> solvers, Context& context) {
  Normalizer normalizer(context);
  for (Solver& solver : solvers) normalizer.run(solver);
}

}  // namespace batt::ir
