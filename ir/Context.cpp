#include "ir/Context.h"

#include <algorithm>

#include <fmt/format.h>

#include "ir/Hash.h"

namespace batt::ir {

namespace {

constexpr size_t kOperandChunk = size_t{1} << 16;

// The payload's contribution to the hash: primitives by name, so that hashes do not depend on the
// order of the primitive table.
uint64_t payloadHash(Op op, int64_t payload) {
  if (op == Op::Prim || op == Op::Call) {
    return hashString(frontend::primitives()[static_cast<size_t>(payload)].name);
  }
  return static_cast<uint64_t>(payload);
}

uint64_t structuralHash(Op op, int64_t payload, std::span<const Node* const> operands,
                        uint32_t instance) {
  uint64_t h = hashCombine(static_cast<uint64_t>(op), payloadHash(op, payload));
  h = hashCombine(h, operands.size());
  for (const Node* operand : operands) h = hashCombine(h, operand->hash());
  // Instance 0 leaves the hash as it was before instances existed (body hashes are stable).
  if (instance != 0) h = hashCombine(h, 0x1A57A9CEULL + instance);
  return h;
}

// The primitives whose call returns a new function object (dsl.py's `lambda`s and power).
bool isClosureBuilder(PrimitiveId id) {
  static const std::vector<bool> builders = [] {
    std::vector<bool> b(frontend::primitives().size());
    for (std::string_view name : {"compose", "chain", "fork", "matcher", "rbind", "lbind", "power"})
      if (auto id = frontend::findPrimitive(name)) b[*id] = true;
    return b;
  }();
  return builders[id];
}

// Whether a closure builder is used as a value in the subtree of such a node: then calling the
// functions it receives may build closures.
bool usesBuilderValue(Op op, int64_t payload, std::span<const Node* const> operands) {
  if (op == Op::Prim) return isClosureBuilder(static_cast<PrimitiveId>(payload));
  for (const Node* operand : operands)
    if (operand->usesBuilderValue()) return true;
  return false;
}

}  // namespace

const Node* Context::input(uint32_t index) {
  if (index >= inputs_.size()) inputs_.resize(index + 1, nullptr);
  if (!inputs_[index]) inputs_[index] = intern(Op::Input, index, {});
  return inputs_[index];
}

const Node* Context::integer(int64_t value) {
  if (value < kSmallIntMin || value > kSmallIntMax) return intern(Op::Int, value, {});
  const Node*& cached = smallInts_[value - kSmallIntMin];
  if (!cached) cached = intern(Op::Int, value, {});
  return cached;
}

const Node* Context::boolean(bool value) {
  if (!booleans_[value]) booleans_[value] = intern(Op::Bool, value ? 1 : 0, {});
  return booleans_[value];
}

const Node* Context::tuple(std::span<const Node* const> elements) {
  for (const Node* element : elements) {
    if (!element->isConstant()) frontend::internalError("a tuple constant holds a non-constant");
  }
  return intern(Op::Tuple, 0, elements);
}

const Node* Context::none() {
  if (!none_) none_ = intern(Op::None, 0, {});
  return none_;
}

const Node* Context::raise(RaisedError error) {
  return intern(Op::Raise, static_cast<int64_t>(error), {});
}

const Node* Context::makeTuple(std::span<const Node* const> elements) {
  return intern(Op::MakeTuple, 0, elements);
}

const Node* Context::seq(std::span<const Node* const> operands) {
  if (operands.empty()) frontend::internalError("a solver body without a result");
  return intern(Op::Seq, 0, operands);
}

const Node* Context::primitive(PrimitiveId id) {
  if (id >= frontend::primitives().size()) frontend::internalError("unknown primitive id");
  if (primitives_.empty()) primitives_.resize(frontend::primitives().size(), nullptr);
  if (!primitives_[id]) primitives_[id] = intern(Op::Prim, id, {});
  return primitives_[id];
}

const Node* Context::call(PrimitiveId id, std::span<const Node* const> arguments,
                          uint32_t instance) {
  if (id >= frontend::primitives().size()) frontend::internalError("unknown primitive id");
  const frontend::Primitive& primitive = frontend::primitives()[id];
  if (arguments.size() != primitive.arity) {
    frontend::internalError(
        fmt::format("call of '{}' with {} arguments", primitive.name, arguments.size()));
  }
  return intern(Op::Call, id, arguments, instance);
}

const Node* Context::dynCall(const Node* callee, std::span<const Node* const> arguments,
                             uint32_t instance) {
  scratch_.assign(1, callee);
  scratch_.insert(scratch_.end(), arguments.begin(), arguments.end());
  return intern(Op::DynCall, 0, scratch_, instance);
}

const Node* Context::intern(Op op, int64_t payload, std::span<const Node* const> operands,
                            uint32_t instance) {
  bool builderValue = usesBuilderValue(op, payload, operands);
  bool makesFunctions = (op == Op::Call && isClosureBuilder(static_cast<PrimitiveId>(payload))) ||
                        ((op == Op::Call || op == Op::DynCall) && builderValue);
  if (instance != 0 && !makesFunctions) {
    frontend::internalError("an instance number on a call that makes no functions");
  }
  if (2 * (nodes_.size() + 1) > table_.size()) grow();
  uint64_t hash = structuralHash(op, payload, operands, instance);
  size_t mask = table_.size() - 1;
  size_t slot = hash & mask;
  for (; table_[slot].node != nullptr; slot = (slot + 1) & mask) {
    if (table_[slot].hash != hash) continue;
    const Node* candidate = table_[slot].node;
    if (candidate->op() == op && candidate->payload_ == payload &&
        candidate->instance_ == instance && std::ranges::equal(candidate->operands(), operands)) {
      return candidate;
    }
  }
  auto id = static_cast<uint32_t>(nodes_.size());
  const Node* const* stored = storeOperands(operands);
  const Node* node = &nodes_.emplace_back(
      Node(op, id, payload, stored, static_cast<uint32_t>(operands.size()), hash, instance,
           makesFunctions, builderValue));
  table_[slot] = {hash, node};
  return node;
}

const Node* const* Context::storeOperands(std::span<const Node* const> operands) {
  if (operands.empty()) return nullptr;
  if (chunkUsed_ + operands.size() > chunkSize_) {
    chunkSize_ = std::max(kOperandChunk, operands.size());
    operandChunks_.push_back(std::make_unique<const Node*[]>(chunkSize_));
    chunkUsed_ = 0;
  }
  const Node** stored = operandChunks_.back().get() + chunkUsed_;
  std::copy(operands.begin(), operands.end(), stored);
  chunkUsed_ += operands.size();
  return stored;
}

void Context::grow() {
  std::vector<Slot> table(std::max<size_t>(1024, table_.size() * 2));
  size_t mask = table.size() - 1;
  for (const Node& node : nodes_) {
    size_t slot = node.hash() & mask;
    while (table[slot].node != nullptr) slot = (slot + 1) & mask;
    table[slot] = {node.hash(), &node};
  }
  table_ = std::move(table);
}

}  // namespace batt::ir
