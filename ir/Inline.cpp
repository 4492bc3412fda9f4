#include "ir/Inline.h"

#include <algorithm>
#include <unordered_map>

#include "frontend/Builtins.h"
#include "ir/Walk.h"

namespace batt::ir {

namespace {

using frontend::Binding;
using frontend::Expr;
using frontend::ExprKind;

const Node* constantNode(const frontend::Constant& constant, Context& context) {
  switch (constant.kind) {
    case frontend::Constant::Kind::Bool:
      return context.boolean(constant.first != 0);
    case frontend::Constant::Kind::Int:
      return context.integer(constant.first);
    case frontend::Constant::Kind::Pair: {
      const Node* elements[] = {context.integer(constant.first), context.integer(constant.second)};
      return context.tuple(elements);
    }
  }
  frontend::internalError("unknown constant kind");
}

class Lowering {
 public:
  Lowering(Context& context, const std::vector<const Node*>& values)
      : context_(context), values_(values) {}

  const Node* lower(const Expr& expr) {
    switch (expr.kind) {
      case ExprKind::Name:
        return lowerName(expr);
      case ExprKind::Integer:
        return context_.integer(expr.value);
      case ExprKind::Bool:
        return context_.boolean(expr.value != 0);
      case ExprKind::None:
        return context_.none();
      case ExprKind::Tuple: {
        size_t base = lowerAll(expr.operands);
        std::span<const Node* const> elements = pending(base);
        bool constant = std::ranges::all_of(elements, [](const Node* e) { return e->isConstant(); });
        return finish(base, constant ? context_.tuple(elements) : context_.makeTuple(elements));
      }
      case ExprKind::Call: {
        const Expr& callee = expr.callee();
        if (callee.kind == ExprKind::Name && callee.binding.kind == Binding::Kind::Primitive &&
            frontend::primitives()[callee.binding.index].arity == expr.arguments().size()) {
          size_t base = lowerAll(expr.arguments());
          auto id = static_cast<PrimitiveId>(callee.binding.index);
          return finish(base, instanceOf(context_.call(id, pending(base)), [&](uint32_t k) {
                          return context_.call(id, pending(base), k);
                        }));
        }
        // A computed function, or a primitive called with the wrong number of arguments (which
        // raises TypeError when called, after its arguments are evaluated, as in CPython).
        const Node* function = lower(callee);
        size_t base = lowerAll(expr.arguments());
        const Node* call = context_.dynCall(function, pending(base));
        // The key is the call's normal form, so that `f = compose; f(a, b)` and `compose(a, b)`
        // count as two instances of one call once normalization has made them alike.
        const Node* key = call;
        if (function->op() == Op::Prim &&
            frontend::primitives()[function->primitive()].arity == pending(base).size()) {
          key = context_.call(function->primitive(), pending(base));
        }
        return finish(base, instanceOf(key, [&](uint32_t k) {
                        return k == 0 ? call : context_.dynCall(function, pending(base), k);
                      }));
      }
    }
    frontend::internalError("unknown expression kind");
  }

 private:
  const Node* lowerName(const Expr& name) {
    switch (name.binding.kind) {
      case Binding::Kind::Parameter:
        return context_.input(name.binding.index);
      case Binding::Kind::Local:
        if (values_[name.binding.index] == nullptr) frontend::internalError("use of an unrun line");
        return values_[name.binding.index];
      case Binding::Kind::Unknown:
        return context_.raise(RaisedError::NameError);
      case Binding::Kind::Unbound:
        return context_.raise(RaisedError::UnboundLocalError);
      case Binding::Kind::Primitive:
        return context_.primitive(static_cast<PrimitiveId>(name.binding.index));
      case Binding::Kind::Constant:
        return constantNode(frontend::constants()[name.binding.index], context_);
      case Binding::Kind::Unresolved:
        break;
    }
    frontend::internalError("inlining an unresolved name");
  }

  // Operands are gathered on one stack shared by nested calls; `base` marks this call's part.
  size_t lowerAll(std::span<const Expr> exprs) {
    size_t base = stack_.size();
    for (const Expr& expr : exprs) {
      const Node* node = lower(expr);
      stack_.push_back(node);
    }
    return base;
  }
  // `key` made anew if it can make function objects: its n-th occurrence in the solver is
  // make(n) (instance n), so that each evaluation of the call is its own object, as in CPython.
  template <typename Make>
  const Node* instanceOf(const Node* key, Make&& make) {
    if (!key->mayMakeFunctions()) return make(0);
    uint32_t k = instances_[key]++;
    return make(k);
  }

  std::span<const Node* const> pending(size_t base) const {
    return std::span(stack_).subspan(base);
  }
  const Node* finish(size_t base, const Node* node) {
    stack_.resize(base);
    return node;
  }

  Context& context_;
  const std::vector<const Node*>& values_;
  std::vector<const Node*> stack_;
  std::unordered_map<const Node*, uint32_t> instances_;  // per key: occurrences so far
};

}  // namespace

bool canRaise(const Node* node) {
  if (node->op() == Op::Raise) return true;
  if (node->op() == Op::Input) return node->inputIndex() != 0;
  return node->isEvaluated();
}

namespace {

// Whether the depth-first walk (operands in order) from `from`, skipping `visited` nodes and leaves
// that cannot raise, enters `target` before any other node: then `target`'s whole subtree is the
// first thing that walk visits.
bool walkStartsWith(const Node* from, const Node* target, const NodeSet& visited) {
  for (const Node* n = from; n != target;) {
    if (!n->isEvaluated()) return false;
    const Node* next = nullptr;
    for (const Node* operand : n->operands()) {
      if (operand == target || (!visited.contains(operand) && canRaise(operand))) {
        next = operand;
        break;
      }
    }
    if (!next) return false;
    n = next;
  }
  return true;
}

void markSubtree(const Node* root, NodeSet& visited) {
  postOrder(root, [&](const Node* n) { return visited.insert(n); }, [](const Node*) {});
}

}  // namespace

// The outcome of a body is that of the first node that failed in a post-order walk of it (a call
// whose argument failed has the first failed argument's outcome), so a line may be left out when
// the walk of the next line it reaches starts with that line anyway: the walk, and so the outcome,
// is unchanged. In a chain of lines, each the first argument of the next, every line goes.
const Node* makeBody(Context& context, std::span<const Node* const> lines, const Node* result) {
  std::vector<const Node*> items;
  for (const Node* line : lines)
    if (canRaise(line)) items.push_back(line);
  if (items.empty() || items.back() != result) items.push_back(result);
  std::vector<const Node*> operands;
  NodeSet visited;  // what the walk of the operands kept so far visits
  for (size_t i = 0; i + 1 < items.size(); ++i) {
    if (visited.contains(items[i])) continue;
    size_t j = i + 1;
    while (j + 1 < items.size() && visited.contains(items[j])) ++j;
    if (walkStartsWith(items[j], items[i], visited)) continue;
    operands.push_back(items[i]);
    markSubtree(items[i], visited);
  }
  if (operands.empty()) return result;
  operands.push_back(result);
  return context.seq(operands);
}

Solver inlineSolver(const frontend::Function& fn, Context& context) {
  Solver solver{fn.name, fn.loc, {}, nullptr, {}};
  for (const frontend::Parameter& param : fn.params) solver.params.push_back(param.name);

  // Calling the solver with its one input raises TypeError before any line runs if it takes no
  // parameter or more than one.
  std::vector<const Node*> lines;
  if (fn.params.empty()) lines.push_back(context.raise(RaisedError::TypeError));
  for (size_t k = 1; k < fn.params.size(); ++k) lines.push_back(context.input(k));

  std::vector<const Node*> values(fn.body.size());
  Lowering lowering(context, values);
  for (size_t i = 0; i < fn.body.size(); ++i) {
    if (!fn.body[i].hasValue) continue;
    values[i] = lowering.lower(fn.body[i].value);
    lines.push_back(values[i]);
    solver.definitions.push_back({fn.body[i].target, fn.body[i].loc, values[i]});
  }
  solver.result = lowering.lower(fn.result);
  solver.root = makeBody(context, lines, solver.result);
  return solver;
}

}  // namespace batt::ir
