#include "interp/interpreter.h"

#include "runtime/profile.h"
#include "runtime/function.h"
#include "runtime/node_eval.h"

namespace batt::interp {

using namespace batt::rt;

namespace {

// Node `k` on one input, its arguments' outcomes in `node` (indexed by node id); counted in
// options.profile when profiling.
Outcome evaluate_node(const ProgramNode& p, uint32_t k, const Value& input,
                      const std::vector<Outcome>& node, std::vector<Value>& args,
                      const RunOptions& options) {
  switch (p.op) {
    case ProgramNode::Op::Input:
      // A solver is called with the input as its only argument: a second parameter is
      // "missing 1 required positional argument", a TypeError.
      return p.param == 0 ? Outcome::ok(input) : Outcome::raised(Exc::TypeError);
    case ProgramNode::Op::Const: return Outcome::ok(p.constant);
    case ProgramNode::Op::PrimRef: return Outcome::ok(primitive_value(p.prim));
    case ProgramNode::Op::Raise: return Outcome::raised(p.exc);
    case ProgramNode::Op::Seq: {
      // CPython runs every line in order: the first that raised decides.
      for (uint32_t a : p.args)
        if (node[a].status != Status::Ok) return node[a];
      return node[p.args.back()];
    }
    case ProgramNode::Op::Call:
    case ProgramNode::Op::DynCall:
    case ProgramNode::Op::Tuple: break;
  }
  // An argument that raised makes this node raise the same (the first, in argument order).
  args.clear();
  for (uint32_t a : p.args) {
    if (node[a].status != Status::Ok) return node[a];
    args.push_back(node[a].value);
  }
  auto body = [&] {
    if (p.op == ProgramNode::Op::Tuple) return make_tuple(args);
    if (p.op == ProgramNode::Op::Call) return call(primitive_value(p.prim), args);
    return call(args[0], std::span<const Value>(args).subspan(1));
  };
  return eval_node_counted(options, k, body);
}

}  // namespace

void evaluate(const Program& program, std::span<const Value> inputs, const RunOptions& options,
              std::vector<std::vector<Outcome>>& out) {
  const size_t n = program.nodes.size();
  // Node-major, as the generated code is: each node over the whole batch.
  std::vector<std::vector<Outcome>> node(inputs.size(), std::vector<Outcome>(n));
  std::vector<Value> args;
  for (uint32_t k = 0; k < n; ++k)
    for (size_t b = 0; b < inputs.size(); ++b)
      node[b][k] = evaluate_node(program.nodes[k], k, inputs[b], node[b], args, options);
  out.resize(inputs.size());
  for (size_t b = 0; b < inputs.size(); ++b) {
    out[b].resize(program.roots.size());
    for (size_t s = 0; s < program.roots.size(); ++s) out[b][s] = node[b][program.roots[s]];
  }
}

}  // namespace batt::interp
