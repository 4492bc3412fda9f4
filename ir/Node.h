// IR nodes: immutable, and interned by their Context, so that one node stands for every occurrence
// of one (operation, operands) pair across all solvers. Two nodes are structurally equal exactly
// when they are the same pointer.
#pragma once

#include <cstdint>
#include <span>

#include "frontend/Builtins.h"
#include "frontend/Diagnostics.h"

namespace batt::ir {

using frontend::PrimitiveId;

// The operation of a node. The numbers enter the structural hash: never renumber.
enum class Op : uint8_t {
  Input = 0,    // the solver's parameter number inputIndex()
  Int = 1,      // an int constant
  Bool = 2,     // a bool constant: True/T and False/F (never merged with 1 and 0, see language.md)
  Tuple = 3,    // a tuple constant; operands: its elements (Int, Bool or Tuple nodes)
  Prim = 4,     // a primitive used as a value (a function object)
  Call = 5,     // primitive(operands...), with the primitive's arity
  DynCall = 6,  // operands[0](operands[1], ...): a call of a computed function
  None = 7,     // the constant None
  Raise = 8,    // raises the exception raisedError() when evaluated (an unknown name, ...)
  MakeTuple = 9,  // (operands...): a tuple display whose elements are computed
  Seq = 10,     // a solver's body: its lines in program order, then the returned value. The
                // first operand that raises decides, as CPython runs every line in order.
};

// What a Raise node raises.
enum class RaisedError : uint8_t {
  NameError = 0,          // a name nobody defines
  UnboundLocalError = 1,  // a local variable read before its first assignment
  TypeError = 2,          // a solver that cannot be called with one input
};

class Node {
 public:
  Op op() const { return op_; }
  // Creation order in the Context: a node's operands always have smaller ids.
  uint32_t id() const { return id_; }
  // Structural hash: a function of the operation, its payload and the operands' hashes only.
  uint64_t hash() const { return hash_; }
  std::span<const Node* const> operands() const { return {operands_, numOperands_}; }

  bool isCall() const { return op_ == Op::Call || op_ == Op::DynCall; }
  // Calls, tuple displays and bodies: the nodes evaluated per input (the others are leaves).
  bool isEvaluated() const { return isCall() || op_ == Op::MakeTuple || op_ == Op::Seq; }
  bool isConstant() const {
    return op_ == Op::Int || op_ == Op::Bool || op_ == Op::Tuple || op_ == Op::None;
  }
  // Whether evaluating the node can make a new function object: a closure builder's call
  // (compose, fork, ...), or a call below which a closure builder is used as a value.
  bool mayMakeFunctions() const { return makesFunctions_; }
  // Distinguishes calls that make new function objects, so that two lines building the "same"
  // closure are two nodes, as they are two objects in CPython (`equality(x1, x2)` is False):
  // the n-th structurally equal such call of a solver has instance n - 1.
  uint32_t instance() const { return instance_; }
  // Whether a closure builder is used as a value (not called) in this node's subtree.
  bool usesBuilderValue() const { return usesBuilderValue_; }

  uint32_t inputIndex() const {
    check(op_ == Op::Input);
    return static_cast<uint32_t>(payload_);
  }
  int64_t intValue() const {
    check(op_ == Op::Int);
    return payload_;
  }
  bool boolValue() const {
    check(op_ == Op::Bool);
    return payload_ != 0;
  }
  PrimitiveId primitive() const {
    check(op_ == Op::Prim || op_ == Op::Call);
    return static_cast<PrimitiveId>(payload_);
  }
  RaisedError raisedError() const {
    check(op_ == Op::Raise);
    return static_cast<RaisedError>(payload_);
  }
  const Node* callee() const {
    check(op_ == Op::DynCall);
    return operands_[0];
  }
  // The call's arguments (a DynCall's operands without the callee).
  std::span<const Node* const> arguments() const {
    check(isCall());
    return operands().subspan(op_ == Op::DynCall ? 1 : 0);
  }

 private:
  friend class Context;
  Node(Op op, uint32_t id, int64_t payload, const Node* const* operands, uint32_t numOperands,
       uint64_t hash, uint32_t instance, bool makesFunctions, bool usesBuilderValue)
      : op_(op),
        makesFunctions_(makesFunctions),
        usesBuilderValue_(usesBuilderValue),
        instance_(instance),
        numOperands_(numOperands),
        id_(id),
        payload_(payload),
        hash_(hash),
        operands_(operands) {}

  static void check(bool ok) {
    if (!ok) frontend::internalError("IR node accessor used on a node of another kind");
  }

  Op op_;
  bool makesFunctions_;
  bool usesBuilderValue_;
  uint32_t instance_;
  uint32_t numOperands_;
  uint32_t id_;
  int64_t payload_;  // Input: index; Int: value; Bool: 0/1; Prim, Call: PrimitiveId; Raise: error
  uint64_t hash_;
  const Node* const* operands_;
};

}  // namespace batt::ir
