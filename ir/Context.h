// The factory of IR nodes: the only way to make one. It validates each node, interns it (hash-
// consing on the structural hash, confirmed by comparing operation, payload and operand
// pointers) and owns it for the Context's lifetime.
#pragma once

#include <deque>
#include <memory>
#include <span>
#include <vector>

#include "ir/Node.h"

namespace batt::ir {

class Context {
 public:
  Context() = default;
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;

  const Node* input(uint32_t index);
  const Node* integer(int64_t value);
  const Node* boolean(bool value);
  // `elements` must be constants (Int, Bool or Tuple nodes).
  const Node* tuple(std::span<const Node* const> elements);
  const Node* primitive(PrimitiveId id);
  const Node* none();
  const Node* raise(RaisedError error);
  // A tuple display; its elements may be any nodes (a tuple of constants is a `tuple`).
  const Node* makeTuple(std::span<const Node* const> elements);
  // A solver body: its lines in program order, then the returned value (never empty).
  const Node* seq(std::span<const Node* const> operands);
  // `arguments.size()` must be the primitive's arity. `instance` (Node::instance) must be 0 for
  // calls that cannot make functions.
  const Node* call(PrimitiveId id, std::span<const Node* const> arguments, uint32_t instance = 0);
  const Node* dynCall(const Node* callee, std::span<const Node* const> arguments,
                      uint32_t instance = 0);

  // The number of nodes made; ids run from 0 to size() - 1.
  size_t size() const { return nodes_.size(); }
  const Node* node(uint32_t id) const { return &nodes_[id]; }

 private:
  const Node* intern(Op op, int64_t payload, std::span<const Node* const> operands,
                     uint32_t instance = 0);
  const Node* const* storeOperands(std::span<const Node* const> operands);
  void grow();

  // The leaves every solver uses, found without hashing.
  static constexpr int64_t kSmallIntMin = -16;
  static constexpr int64_t kSmallIntMax = 255;
  std::vector<const Node*> inputs_;
  std::vector<const Node*> primitives_;
  const Node* booleans_[2] = {nullptr, nullptr};
  const Node* none_ = nullptr;
  const Node* smallInts_[kSmallIntMax - kSmallIntMin + 1] = {};

  std::deque<Node> nodes_;  // stable addresses
  std::vector<std::unique_ptr<const Node*[]>> operandChunks_;
  size_t chunkUsed_ = 0;
  size_t chunkSize_ = 0;
  struct Slot {
    uint64_t hash = 0;  // kept beside the pointer so that a probe rarely touches the node
    const Node* node = nullptr;
  };
  std::vector<Slot> table_;  // open addressing, linear probing, power-of-two size
  std::vector<const Node*> scratch_;
};

}  // namespace batt::ir
