#include "ir/Inline.h"

#include "frontend/Builtins.h"

namespace batt::ir {

namespace {

using frontend::Binding;
using frontend::Expr;
using frontend::ExprKind;

void markUses(const Expr& expr, std::vector<bool>& live) {
  if (expr.kind == ExprKind::Name && expr.binding.kind == Binding::Kind::Local) {
    live[expr.binding.index] = true;
  }
  for (const Expr& operand : expr.operands) markUses(operand, live);
}

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
      case ExprKind::Tuple: {
        size_t base = lowerAll(expr.operands);
        return finish(base, context_.tuple(pending(base)));
      }
      case ExprKind::Call: {
        const Expr& callee = expr.callee();
        if (callee.kind == ExprKind::Name && callee.binding.kind == Binding::Kind::Primitive) {
          size_t base = lowerAll(expr.arguments());
          return finish(base, context_.call(callee.binding.index, pending(base)));
        }
        const Node* function = lower(callee);
        size_t base = lowerAll(expr.arguments());
        return finish(base, context_.dynCall(function, pending(base)));
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
        if (values_[name.binding.index] == nullptr) frontend::internalError("use of a dead line");
        return values_[name.binding.index];
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
};

}  // namespace

Solver inlineSolver(const frontend::Function& fn, Context& context) {
  Solver solver{fn.name, fn.loc, {}, nullptr, {}, {}};
  for (const frontend::Parameter& param : fn.params) solver.params.push_back(param.name);

  // Liveness: one backward pass, since a line only uses earlier lines.
  std::vector<bool> live(fn.body.size());
  markUses(fn.result, live);
  for (size_t i = fn.body.size(); i-- > 0;) {
    if (live[i]) markUses(fn.body[i].value, live);
  }

  std::vector<const Node*> values(fn.body.size());
  Lowering lowering(context, values);
  for (size_t i = 0; i < fn.body.size(); ++i) {
    if (live[i]) {
      values[i] = lowering.lower(fn.body[i].value);
      solver.definitions.push_back({fn.body[i].target, fn.body[i].loc, values[i]});
    } else {
      solver.dropped.push_back({fn.body[i].target, fn.body[i].loc});
    }
  }
  solver.root = lowering.lower(fn.result);
  return solver;
}

}  // namespace batt::ir
