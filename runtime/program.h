// A fused solver set in the form the runtime executes: a topologically ordered list of nodes
// (each an operation over earlier nodes) and, per unique solver, the node holding its result.
// The IR lowers to this; the DAG interpreter evaluates it directly and codegen emits it as C++.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/error.h"
#include "runtime/value.h"

namespace batt::rt {

struct ProgramNode {
  enum class Op : uint8_t {
    Input,    // the solver's parameter number `param`
    Const,    // `constant` (an immortal value)
    PrimRef,  // primitive `prim` used as a value
    Call,     // primitive `prim` applied to `args`
    DynCall,  // the function computed by node args[0] applied to args[1..]
    Raise,    // raises `exc` when evaluated: an unknown name (NameError), a local read before
              // its assignment (UnboundLocalError), a solver that takes no input (TypeError)
    Tuple,    // a tuple display built at run time: (args[0], args[1], ...)
    Seq,      // a solver's lines in program order, then its return value: the first line that
              // failed decides the outcome (as CPython runs every line), else the last arg's
  };
  Op op;
  uint16_t prim = 0;
  Exc exc = Exc::TypeError;  // Raise
  uint32_t param = 0;
  Value constant;
  std::vector<uint32_t> args;  // node indices, all smaller than this node's
  // Where the node comes from, for comments in generated code: e.g.
  // "solve_00d62c1b (solvers.py:25) x3 = objects(I, T, F, T); and 11 more solvers".
  std::string origin;
};

// A node evaluated by code (the interpreter's switch, a case in a generated shard), as opposed to
// a leaf whose outcome is the same on every input of a batch and is filled in beforehand.
inline bool is_evaluated(const ProgramNode& node) {
  using Op = ProgramNode::Op;
  return node.op == Op::Call || node.op == Op::DynCall || node.op == Op::Tuple ||
         node.op == Op::Seq;
}

struct Program {
  std::vector<ProgramNode> nodes;
  std::vector<uint32_t> roots;  // per unique solver: the node holding its result

};

}  // namespace batt::rt
