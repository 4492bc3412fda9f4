#include "frontend/Resolve.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <fmt/format.h>

#include "frontend/Builtins.h"
#include "frontend/Suggest.h"
#include "frontend/Unicode.h"

namespace batt::frontend {

namespace {

// Where an expression occurs decides what it may be.
enum class Role { Value, Callee };

std::string signatureOf(const Primitive& primitive) {
  std::string params;
  for (char c : primitive.params) {
    params += c == ',' ? std::string_view(", ") : std::string_view(&c, 1);
  }
  return fmt::format("{}({}) -> {}", primitive.name, params, primitive.result);
}

// The names of arc_types.py and the typing names it imports: `from dsl import *` brings them in.
bool isTypeName(std::string_view name) {
  static constexpr std::string_view kTypes[] = {
      "Boolean", "Integer", "IntegerTuple", "Numerical", "IntegerSet", "Grid", "Cell", "Object",
      "Objects", "Indices", "IndicesSet", "Patch", "Element", "Piece", "TupleTuple",
      "ContainerContainer", "List", "Union", "Tuple", "Any", "Container", "Callable", "FrozenSet",
      "Iterable"};
  return std::find(std::begin(kTypes), std::end(kTypes), name) != std::end(kTypes);
}

// Python's builtins: defined in CPython, but not part of the language battc compiles.
bool isPythonBuiltin(std::string_view name) {
  static constexpr std::string_view kBuiltins[] = {
      "abs", "all", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes", "callable",
      "chr", "classmethod", "compile", "complex", "delattr", "dict", "dir", "divmod", "enumerate",
      "eval", "exec", "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr",
      "hash", "help", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len",
      "list", "locals", "map", "max", "memoryview", "min", "next", "object", "oct", "open", "ord",
      "pow", "print", "property", "range", "repr", "reversed", "round", "set", "setattr", "slice",
      "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip",
      "__import__", "__name__", "__file__", "__doc__", "__builtins__", "Ellipsis",
      "NotImplemented", "Exception", "BaseException", "ValueError", "TypeError", "IndexError",
      "KeyError", "StopIteration", "RuntimeError", "ZeroDivisionError", "AttributeError",
      "RecursionError", "NameError", "UnboundLocalError", "ArithmeticError", "LookupError"};
  return std::find(std::begin(kBuiltins), std::end(kBuiltins), name) != std::end(kBuiltins);
}

// The checks of one function body, in CPython's scoping: a name assigned anywhere in the function
// is local to all of it. Reading it before an assignment has run raises UnboundLocalError when
// that line runs; a name nobody defines raises NameError when its line runs. Both are warnings
// here, and the solver compiles to code that raises them where CPython would.
class FunctionResolver {
 public:
  FunctionResolver(Function& fn, DiagnosticEngine& diags, const ImportedNames& imports,
                   const std::unordered_set<std::string_view>& moduleFunctions)
      : fn_(fn), diags_(diags), imports_(imports), moduleFunctions_(moduleFunctions) {}

  bool run() {
    declareParameters();
    checkAnnotation(fn_.returns);
    declareLocals();
    for (uint32_t i = 0; i < fn_.body.size(); ++i) {
      Assignment& assignment = fn_.body[i];
      statement_ = i;
      // A statement after the return never runs: its names are not looked up.
      if (assignment.hasValue) resolve(assignment.value, Role::Value);
      if (assignment.hasValue) current_[assignment.target] = i;
    }
    statement_ = static_cast<uint32_t>(fn_.body.size());
    resolve(fn_.result, Role::Value);
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
      diags_.warning(fn_.loc, fmt::format("function '{}' has no parameters; calling it with the "
                                          "input grid raises TypeError",
                                          fn_.name));
    }
    for (uint32_t i = 0; i < fn_.params.size(); ++i) {
      const Parameter& param = fn_.params[i];
      checkAnnotation(param.annotation);
      auto [first, inserted] = params_.emplace(param.name, i);
      if (!inserted) {
        error(param.loc, fmt::format("duplicate parameter '{}'", param.name),
              {{fn_.params[first->second].loc, "first declared here"}});
      } else {
        warnIfShadowing(param.name, param.loc, "parameter");
      }
    }
  }

  void declareLocals() {
    for (uint32_t i = 0; i < fn_.body.size(); ++i) {
      const Assignment& assignment = fn_.body[i];
      if (params_.count(assignment.target)) continue;
      if (locals_.emplace(assignment.target, i).second) {
        warnIfShadowing(assignment.target, assignment.loc, "variable");
      }
    }
  }

  // CPython evaluates parameter and return annotations when it runs the `def`: an unknown name
  // there is a NameError before any solver of the file can run.
  void checkAnnotation(const Annotation& annotation) {
    if (imports_.anything) return;
    for (const Expr& name : annotation.names) {
      std::string_view n = name.name;
      if (isTypeName(n) || isPythonBuiltin(n) || findPrimitive(n) || findConstant(n) ||
          std::find(imports_.names.begin(), imports_.names.end(), n) != imports_.names.end()) {
        continue;
      }
      error(name.loc, fmt::format("unknown name '{}' in an annotation; CPython evaluates the "
                                  "annotations of a function when it defines it",
                                  n));
    }
  }

  void resolve(Expr& expr, Role role) {
    switch (expr.kind) {
      case ExprKind::Name:
        return resolveName(expr, role);
      case ExprKind::Integer:
      case ExprKind::Bool:
      case ExprKind::None:
        if (role == Role::Callee) {
          std::string_view what = expr.kind == ExprKind::Bool      ? "a boolean literal"
                                  : expr.kind == ExprKind::Integer ? "an integer literal"
                                                                   : "None";
          notCallable(expr.loc, what);
        }
        return;
      case ExprKind::Tuple:
        if (role == Role::Callee) notCallable(expr.loc, "a tuple");
        for (Expr& element : expr.operands) resolve(element, Role::Value);
        return;
      case ExprKind::Call:
        return resolveCall(expr);
    }
  }

  void notCallable(SourceLoc loc, std::string_view what) {
    diags_.warning(loc, fmt::format("{} is not callable; the call raises TypeError", what));
  }

  void resolveCall(Expr& call) {
    Expr& callee = call.operands.front();
    resolve(callee, Role::Callee);
    for (size_t i = 1; i < call.operands.size(); ++i) resolve(call.operands[i], Role::Value);
    if (callee.kind != ExprKind::Name || callee.binding.kind != Binding::Kind::Primitive) return;
    const Primitive& primitive = primitives()[callee.binding.index];
    size_t given = call.arguments().size();
    if (given != primitive.arity) {
      diags_.warning(callee.loc,
                     fmt::format("'{}' takes {} argument{}, but {} {} given; the call raises "
                                 "TypeError",
                                 primitive.name, primitive.arity, primitive.arity == 1 ? "" : "s",
                                 given, given == 1 ? "was" : "were"),
                     {{SourceLoc{}, signatureOf(primitive)}});
    }
  }

  void resolveName(Expr& name, Role role) {
    if (auto it = current_.find(name.name); it != current_.end()) {
      return bind(name, {Binding::Kind::Local, it->second}, role);
    }
    if (auto it = params_.find(name.name); it != params_.end()) {
      return bind(name, {Binding::Kind::Parameter, it->second}, role);
    }
    if (auto it = locals_.find(name.name); it != locals_.end()) {
      name.binding = {Binding::Kind::Unbound, it->second};
      const Assignment& assignment = fn_.body[it->second];
      bool own = it->second == statement_;
      diags_.warning(name.loc,
                     fmt::format("variable '{}' is used {}; the line raises UnboundLocalError",
                                 name.name, own ? "in its own assignment" : "before it is assigned"),
                     own ? std::vector<Note>{}
                         : std::vector<Note>{{assignment.loc, "assigned here"}});
      return;
    }
    if (auto primitive = findPrimitive(name.name)) {
      bind(name, {Binding::Kind::Primitive, *primitive}, role);
    } else if (auto constant = findConstant(name.name)) {
      bind(name, {Binding::Kind::Constant, *constant}, role);
    } else if (isTypeName(name.name)) {
      error(name.loc, fmt::format("'{}' is a type of arc_types.py; types may only be used in "
                                  "annotations",
                                  name.name));
    } else if (moduleFunctions_.count(name.name)) {
      error(name.loc, fmt::format("'{}' is a function of this file; solvers calling other "
                                  "functions are not supported",
                                  name.name));
    } else if (isPythonBuiltin(name.name)) {
      error(name.loc, fmt::format("the Python builtin '{}' is not supported; arc-dsl has "
                                  "primitives (size, maximum, ...)",
                                  name.name));
    } else {
      name.binding = {Binding::Kind::Unknown, 0};
      reportUnknown(name, role);
    }
  }

  void bind(Expr& name, Binding binding, Role role) {
    name.binding = binding;
    if (role == Role::Callee && binding.kind == Binding::Kind::Constant) {
      notCallable(name.loc, fmt::format("the constant '{}'", name.name));
    }
  }

  void reportUnknown(const Expr& name, Role role) {
    // The variables assigned so far, the latest first (a tie goes to the nearest line).
    std::vector<std::string_view> variables;
    for (uint32_t i = std::min<uint32_t>(statement_, fn_.body.size()); i-- > 0;) {
      auto it = current_.find(fn_.body[i].target);
      if (it != current_.end() && it->second == i) variables.push_back(fn_.body[i].target);
    }
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
    message += "; the line raises NameError";
    diags_.warning(name.loc, std::move(message));
  }

  Function& fn_;
  DiagnosticEngine& diags_;
  const ImportedNames& imports_;
  const std::unordered_set<std::string_view>& moduleFunctions_;
  bool ok_ = true;
  uint32_t statement_ = 0;
  std::unordered_map<std::string_view, uint32_t> params_;   // name -> position
  std::unordered_map<std::string_view, uint32_t> locals_;   // name -> first assignment
  std::unordered_map<std::string_view, uint32_t> current_;  // name -> assignment in effect
};

}  // namespace

void Resolver::setModuleFunctions(std::string_view text) {
  moduleFunctions_.clear();
  normalizedNames_.clear();
  // Every line that starts with `def NAME` in column 1 (a nested or broken one can only add a
  // name, which then is an error rather than a NameError).
  for (size_t pos = 0; pos < text.size();) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    if (line.starts_with("def ") || line.starts_with("def\t")) {
      size_t begin = line.find_first_not_of(" \t", 3);
      size_t stop = begin;
      while (stop < line.size() && (std::isalnum(static_cast<unsigned char>(line[stop])) ||
                                    line[stop] == '_' ||
                                    static_cast<unsigned char>(line[stop]) >= 0x80)) {
        ++stop;
      }
      if (begin != std::string_view::npos && stop > begin) {
        std::string_view name = line.substr(begin, stop - begin);
        std::string normalized = normalizeIdentifier(name);  // as the lexer will see it
        if (normalized != name) name = normalizedNames_.emplace_back(std::move(normalized));
        moduleFunctions_.insert(name);
      }
    }
    pos = end + 1;
  }
}

bool Resolver::resolve(Function& fn, const ImportedNames& imports) {
  bool ok = true;
  if (auto [previous, inserted] = functions_.emplace(fn.name, fn.loc); !inserted) {
    std::string normalized =
        fn.spelling == fn.name ? "" : fmt::format(" ('{}' after NFKC normalization)", fn.name);
    diags_.error(fn.loc, fmt::format("redefinition of '{}'{}", fn.spelling, normalized),
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
  return FunctionResolver(fn, diags_, imports, moduleFunctions_).run() && ok;
}

}  // namespace batt::frontend
