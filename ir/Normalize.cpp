#include "ir/Normalize.h"

#include <algorithm>
#include <optional>

#include "frontend/Builtins.h"
#include "ir/Inline.h"
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
    solver.result = normalForm(solver.result);
    // Every line's value that can raise is reachable from the original root, so it has a normal
    // form; the others are leaves, which are normal.
    for (Definition& definition : solver.definitions) {
      if (definition.node->isEvaluated()) definition.node = normalForm(definition.node);
    }
  }

 private:
  const Node* normalForm(const Node* node) const { return normal_[node->id()]; }

  void record(const Node* node, const Node* result) {
    if (node->id() >= normal_.size()) normal_.resize(context_.size());
    normal_[node->id()] = result;
  }

  // Every operand is already in normal form.
  const Node* rewrite(const Node* node) {
    if (!node->isEvaluated()) return node;  // leaves and tuple constants are normal
    operands_.clear();
    for (const Node* operand : node->operands()) operands_.push_back(normalForm(operand));
    std::span<const Node* const> operands(operands_);
    bool unchanged = std::ranges::equal(operands, node->operands());
    switch (node->op()) {
      case Op::Call:
        return simplifyCall(node->primitive(), operands, node, node->instance());
      case Op::MakeTuple:
        if (unchanged) return node;
        if (std::ranges::all_of(operands, [](const Node* e) { return e->isConstant(); }))
          return context_.tuple(operands);
        return context_.makeTuple(operands);
      case Op::Seq:
        if (unchanged) return node;
        return makeBody(context_, operands.first(operands.size() - 1), operands.back());
      default: break;
    }
    const Node* callee = operands.front();
    std::span<const Node* const> arguments = operands.subspan(1);
    if (callee->op() == Op::Prim &&
        frontend::primitives()[callee->primitive()].arity == arguments.size()) {
      return simplifyCall(callee->primitive(), arguments, nullptr, node->instance());
    }
    if (unchanged) return node;
    return context_.dynCall(callee, arguments, node->instance());
  }

  // The normal form of primitive(arguments); `existing` is that call if it already exists.
  const Node* simplifyCall(PrimitiveId primitive, std::span<const Node* const> arguments,
                           const Node* existing, uint32_t instance) {
    if (primitive == identity_) return arguments.front();
    if (existing && std::ranges::equal(arguments, existing->operands())) return existing;
    return context_.call(primitive, arguments, instance);
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
