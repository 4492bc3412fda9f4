#include "frontend/Resolve.h"

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "frontend/Builtins.h"
#include "frontend/Suggest.h"

namespace batt::frontend {

namespace {

// Where an expression occurs decides what it may be.
enum class Role { Value, Callee, TupleElement };

constexpr std::string_view kTupleElements =
    "tuple elements must be constants (integers, True, False, named constants or tuples of them)";

std::string signatureOf(const Primitive& primitive) {
  std::string params;
  for (char c : primitive.params) {
    params += c == ',' ? std::string_view(", ") : std::string_view(&c, 1);
  }
  return fmt::format("{}({}) -> {}", primitive.name, params, primitive.result);
}

// Names ordered by length first: most comparisons then need no memcmp.
bool nameLess(std::string_view a, std::string_view b) {
  return a.size() != b.size() ? a.size() < b.size() : a < b;
}

// Sorts by name, then position: the first entry of a name is its first declaration.
void sortDeclarations(std::vector<Declaration>& declarations) {
  std::sort(declarations.begin(), declarations.end(),
            [](const Declaration& a, const Declaration& b) {
              return a.name != b.name ? nameLess(a.name, b.name) : a.index < b.index;
            });
}

const Declaration* findDeclaration(const std::vector<Declaration>& sorted, std::string_view name) {
  auto it = std::lower_bound(
      sorted.begin(), sorted.end(), name,
      [](const Declaration& d, std::string_view n) { return nameLess(d.name, n); });
  return it != sorted.end() && it->name == name ? &*it : nullptr;
}

// The checks of one function body. Python's scoping rule applies: a name assigned anywhere in the
// function is local to all of it, so using it before its assignment is an error
// (UnboundLocalError in CPython) even when a primitive or constant has the same name.
class FunctionResolver {
 public:
  FunctionResolver(Function& fn, DiagnosticEngine& diags, std::vector<Declaration>& params,
                   std::vector<Declaration>& locals)
      : fn_(fn), diags_(diags), params_(params), locals_(locals) {}

  bool run() {
    declareParameters();
    declareLocals();
    for (uint32_t i = 0; i < fn_.body.size(); ++i) resolve(fn_.body[i].value, i, Role::Value);
    resolve(fn_.result, static_cast<uint32_t>(fn_.body.size()), Role::Value);
    return ok_;
  }

 private:
  void error(SourceLoc loc, std::string message, std::vector<Note> notes = {}) {
    diags_.error(loc, std::move(message), std::move(notes));
    ok_ = false;
  }

  void warnIfShadowing(std::string_view name, SourceLoc loc, std::string_view what) {
    if (findPrimitive(name)) {
      diags_.warning(loc, fmt::format("{} '{}' shadows the primitive '{}'", what, name, name));
    } else if (findConstant(name)) {
      diags_.warning(loc, fmt::format("{} '{}' shadows the constant '{}'", what, name, name));
    }
  }

  void declareParameters() {
    if (fn_.params.empty()) {
      error(fn_.loc, fmt::format("function '{}' has no parameters; a solver takes the input grid",
                                 fn_.name));
    }
    params_.clear();
    for (uint32_t i = 0; i < fn_.params.size(); ++i) params_.push_back({fn_.params[i].name, i});
    sortDeclarations(params_);
    for (size_t k = 0; k < params_.size(); ++k) {
      const Parameter& param = fn_.params[params_[k].index];
      if (k > 0 && params_[k].name == params_[k - 1].name) {
        const Declaration* first = findDeclaration(params_, param.name);
        error(param.loc, fmt::format("duplicate parameter '{}'", param.name),
              {{fn_.params[first->index].loc, "first declared here"}});
      } else {
        warnIfShadowing(param.name, param.loc, "parameter");
      }
    }
  }

  void declareLocals() {
    locals_.clear();
    for (uint32_t i = 0; i < fn_.body.size(); ++i) {
      const Assignment& assignment = fn_.body[i];
      if (const Declaration* param = findDeclaration(params_, assignment.target)) {
        error(assignment.loc,
              fmt::format("assignment to parameter '{}'; each variable is assigned once",
                          assignment.target),
              {{fn_.params[param->index].loc, "declared here"}});
      } else {
        locals_.push_back({assignment.target, i});
      }
    }
    sortDeclarations(locals_);
    for (size_t k = 0; k < locals_.size(); ++k) {
      const Assignment& assignment = fn_.body[locals_[k].index];
      if (k > 0 && locals_[k].name == locals_[k - 1].name) {
        const Declaration* first = findDeclaration(locals_, assignment.target);
        error(assignment.loc,
              fmt::format("variable '{}' is assigned twice; each variable is assigned once",
                          assignment.target),
              {{fn_.body[first->index].loc, "first assigned here"}});
      } else {
        warnIfShadowing(assignment.target, assignment.loc, "variable");
      }
    }
  }

  // `position`: the index of the assignment the expression belongs to (body.size() for the
  // return); only assignments before it are visible.
  void resolve(Expr& expr, uint32_t position, Role role) {
    switch (expr.kind) {
      case ExprKind::Name:
        return resolveName(expr, position, role);
      case ExprKind::Integer:
      case ExprKind::Bool:
        if (role == Role::Callee) {
          error(expr.loc, fmt::format("{} literal is not callable",
                                      expr.kind == ExprKind::Bool ? "a boolean" : "an integer"));
        }
        return;
      case ExprKind::Tuple:
        if (role == Role::Callee) error(expr.loc, "a tuple is not callable");
        for (Expr& element : expr.operands) resolve(element, position, Role::TupleElement);
        return;
      case ExprKind::Call:
        return resolveCall(expr, position, role);
    }
  }

  void resolveCall(Expr& call, uint32_t position, Role role) {
    if (role == Role::TupleElement) error(call.loc, std::string(kTupleElements));
    Expr& callee = call.operands.front();
    resolve(callee, position, Role::Callee);
    for (size_t i = 1; i < call.operands.size(); ++i) {
      resolve(call.operands[i], position, Role::Value);
    }
    if (callee.kind != ExprKind::Name || callee.binding.kind != Binding::Kind::Primitive) return;
    const Primitive& primitive = primitives()[callee.binding.index];
    size_t given = call.arguments().size();
    if (given != primitive.arity) {
      error(
          callee.loc,
          fmt::format("'{}' takes {} argument{}, but {} {} given", primitive.name, primitive.arity,
                      primitive.arity == 1 ? "" : "s", given, given == 1 ? "was" : "were"),
          {{SourceLoc{}, signatureOf(primitive)}});
    }
  }

  void resolveName(Expr& name, uint32_t position, Role role) {
    if (const Declaration* local = findDeclaration(locals_, name.name)) {
      if (local->index < position) {
        bind(name, {Binding::Kind::Local, local->index}, role);
      } else if (local->index == position) {
        error(name.loc, fmt::format("variable '{}' is used in its own assignment", name.name));
      } else {
        error(name.loc, fmt::format("variable '{}' is used before it is assigned", name.name),
              {{fn_.body[local->index].loc, "assigned here"}});
      }
      return;
    }
    if (const Declaration* param = findDeclaration(params_, name.name)) {
      bind(name, {Binding::Kind::Parameter, param->index}, role);
    } else if (auto primitive = findPrimitive(name.name)) {
      bind(name, {Binding::Kind::Primitive, *primitive}, role);
    } else if (auto constant = findConstant(name.name)) {
      bind(name, {Binding::Kind::Constant, *constant}, role);
    } else {
      reportUnknown(name, position, role);
    }
  }

  void bind(Expr& name, Binding binding, Role role) {
    name.binding = binding;
    if (role == Role::TupleElement && binding.kind != Binding::Kind::Constant) {
      error(name.loc, std::string(kTupleElements));
    }
    if (role == Role::Callee && binding.kind == Binding::Kind::Constant) {
      error(name.loc, fmt::format("'{}' is a constant, not a function", name.name));
    }
  }

  void reportUnknown(const Expr& name, uint32_t position, Role role) {
    std::vector<std::string_view> variables;
    for (uint32_t i = position; i-- > 0;) variables.push_back(fn_.body[i].target);
    for (const Parameter& param : fn_.params) variables.push_back(param.name);
    std::vector<std::string_view> candidates = variables;
    for (const Primitive& primitive : primitives()) candidates.push_back(primitive.name);
    if (role != Role::Callee) {
      for (const Constant& constant : constants()) candidates.push_back(constant.name);
      candidates.push_back("True");
      candidates.push_back("False");
    }
    std::optional<std::string_view> suggestion = closestName(name.name, candidates);
    bool variable =
        suggestion && std::find(variables.begin(), variables.end(), *suggestion) != variables.end();
    std::string_view what = role != Role::Callee ? "name" : variable ? "variable" : "primitive";
    std::string message = fmt::format("unknown {} '{}'", what, name.name);
    if (suggestion) message += fmt::format("; did you mean '{}'?", *suggestion);
    error(name.loc, std::move(message));
  }

  Function& fn_;
  DiagnosticEngine& diags_;
  bool ok_ = true;
  std::vector<Declaration>& params_;
  std::vector<Declaration>& locals_;
};

}  // namespace

bool Resolver::resolve(Function& fn) {
  bool ok = true;
  if (auto [previous, inserted] = functions_.emplace(fn.name, fn.loc); !inserted) {
    diags_.error(fn.loc, fmt::format("redefinition of '{}'", fn.name),
                 {{previous->second, "previous definition is here"}});
    ok = false;
  }
  if (findPrimitive(fn.name) || findConstant(fn.name)) {
    diags_.error(fn.loc,
                 fmt::format("function '{}' would replace the arc-dsl {} '{}' in every "
                             "solver",
                             fn.name, findPrimitive(fn.name) ? "primitive" : "constant", fn.name));
    ok = false;
  }
  return FunctionResolver(fn, diags_, params_, locals_).run() && ok;
}

}  // namespace batt::frontend
