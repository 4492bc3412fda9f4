#include "interp/interpreter.h"

#include "runtime/arena.h"
#include "runtime/budget.h"
#include "runtime/function.h"

namespace batt::interp {

using namespace batt::rt;

void evaluate(const Program& program, const Value& input, const RunOptions& options,
              std::vector<Outcome>& out) {
  const size_t n = program.nodes.size();
  std::vector<Outcome> node(n);
  std::vector<Value> args;
  Arena& arena = current_arena();
  for (size_t k = 0; k < n; ++k) {
    const ProgramNode& p = program.nodes[k];
    switch (p.op) {
      case ProgramNode::Op::Input:
        // A solver is called with the input as its only argument: a second parameter is
        // "missing 1 required positional argument", a TypeError.
        node[k] = p.param == 0 ? Outcome::ok(input) : Outcome::raised(Exc::TypeError);
        continue;
      case ProgramNode::Op::Const: node[k] = Outcome::ok(p.constant); continue;
      case ProgramNode::Op::PrimRef: node[k] = Outcome::ok(primitive_value(p.prim)); continue;
      case ProgramNode::Op::Call:
      case ProgramNode::Op::DynCall: break;
    }
    // An argument that raised makes this node raise the same (the first, in argument order).
    const Outcome* failed = nullptr;
    args.clear();
    for (uint32_t a : p.args) {
      if (node[a].status != Status::Ok) {
        failed = &node[a];
        break;
      }
      args.push_back(node[a].value);
    }
    if (failed) {
      node[k] = *failed;
      continue;
    }
    Arena::Mark mark = arena.mark();
    begin_evaluation(options.fuel, options.timeout_ms);
    try {
      if (p.op == ProgramNode::Op::Call) {
        node[k] = Outcome::ok(call(primitive_value(p.prim), args));
      } else {
        node[k] = Outcome::ok(call(args[0], std::span<const Value>(args).subspan(1)));
      }
    } catch (const PyError& e) {
      arena.rollback(mark);
      node[k] = Outcome::raised(e.exc);
    }
  }
  out.resize(program.roots.size());
  for (size_t s = 0; s < program.roots.size(); ++s) out[s] = node[program.roots[s]];
}

}  // namespace batt::interp
