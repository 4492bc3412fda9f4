#include "frontend/AstPrinter.h"

#include <ostream>

#include <fmt/format.h>

namespace batt::frontend {

namespace {

std::string at(SourceLoc loc) { return fmt::format("<{}:{}>", loc.line, loc.col); }

std::string describe(const Binding& binding) {
  switch (binding.kind) {
    case Binding::Kind::Unresolved:
      return "";
    case Binding::Kind::Parameter:
      return fmt::format(" parameter {}", binding.index);
    case Binding::Kind::Local:
      return fmt::format(" local {}", binding.index);
    case Binding::Kind::Primitive:
      return " primitive";
    case Binding::Kind::Constant:
      return " constant";
    case Binding::Kind::Unknown:
      return " unknown (NameError)";
    case Binding::Kind::Unbound:
      return " unbound (UnboundLocalError)";
  }
  return "";
}

std::string annotated(const Annotation& annotation) {
  if (annotation.text.empty()) return "";
  return fmt::format(" : {} {}", annotation.text, at(annotation.loc));
}

void printExpr(std::ostream& out, const Expr& expr, int indent) {
  out << std::string(indent, ' ');
  switch (expr.kind) {
    case ExprKind::Name:
      out << "Name " << expr.name << ' ' << at(expr.loc) << describe(expr.binding) << '\n';
      return;
    case ExprKind::Integer:
      out << "Integer " << expr.value << ' ' << at(expr.loc) << '\n';
      return;
    case ExprKind::Bool:
      out << "Bool " << (expr.value ? "True" : "False") << ' ' << at(expr.loc) << '\n';
      return;
    case ExprKind::None:
      out << "None " << at(expr.loc) << '\n';
      return;
    case ExprKind::Tuple:
      out << "Tuple " << at(expr.loc) << '\n';
      break;
    case ExprKind::Call:
      out << "Call " << at(expr.loc) << '\n';
      break;
  }
  for (const Expr& operand : expr.operands) printExpr(out, operand, indent + 2);
}

}  // namespace

void printModule(std::ostream& out, const Module& module, const SourceManager& sources) {
  out << "Module " << sources.file(module.file).path() << '\n';
  for (const Import& import : module.imports) {
    out << "  Import " << import.module << ' ' << at(import.loc) << '\n';
  }
  for (const Function& fn : module.functions) {
    out << "  Function " << fn.name << ' ' << at(fn.loc) << '\n';
    for (const Parameter& param : fn.params) {
      out << "    Parameter " << param.name << ' ' << at(param.loc) << annotated(param.annotation)
          << '\n';
    }
    if (!fn.returns.text.empty()) out << "    Returns" << annotated(fn.returns) << '\n';
    if (fn.docstring.file != kNoFile) out << "    Docstring " << at(fn.docstring) << '\n';
    for (const Assignment& assignment : fn.body) {
      out << "    " << (assignment.hasValue ? "Assign " : "Declare ") << assignment.target << ' '
          << at(assignment.loc) << annotated(assignment.annotation) << '\n';
      if (assignment.hasValue) printExpr(out, assignment.value, 6);
    }
    if (fn.returnLoc.file == kNoFile) {
      out << "    Return (implicit)\n";
    } else {
      out << "    Return " << at(fn.returnLoc) << '\n';
    }
    printExpr(out, fn.result, 6);
  }
}

}  // namespace batt::frontend
