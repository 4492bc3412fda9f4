// Static types over the fused DAG (docs/types.md): for every node, a type that contains every
// value CPython can compute for it from dsl.py, given that each solver input is a Grid. A node
// whose values cannot be pinned is Any; a node that can only raise is Never.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ir/Fuse.h"

namespace batt::ir {

enum class TypeKind : uint8_t {
  Never,     // no value: evaluating the node raises
  Any,       // any value
  NoneType,  // None
  Boolean,   // bool
  Integer,   // int, bool included (isinstance(True, int) holds in dsl.py's dispatch)
  Product,   // a tuple of fixed length, element i of type elements()[i]; IntegerTuple, Cell
  Tuple,     // a tuple of any length (empty included) of elements of type element()
  FrozenSet, // a frozenset (empty included) of elements of type element()
  Callable,  // a function value
  Union,     // a value of one of the types elements() (2 to kMaxUnion of them, no Unions)
};

// How a function value was made. A call of a function whose builder is known is typed from its
// parts (and can be compiled to a direct call); a Callable with Builder::None is only its
// signature.
enum class Builder : uint8_t { None, Prim, Compose, Chain, Fork, Matcher, Rbind, Lbind, Power };

class Type {
 public:
  TypeKind kind() const { return kind_; }
  bool is(TypeKind kind) const { return kind_ == kind; }
  // Creation order in the TypeContext.
  uint32_t id() const { return id_; }
  // Product: the element types; Union: the members; Callable: the parameter types (for display
  // when the builder is known: the primitives' declared kinds, passed through the builder).
  std::span<const Type* const> elements() const { return elements_; }
  // Tuple, FrozenSet: the element type. Callable: the result for the parameter types.
  const Type* element() const { return inner_; }
  const Type* result() const { return inner_; }
  // Callable: the number of parameters (CPython's __code__.co_argcount), -1 when unknown.
  int arity() const { return arity_; }
  Builder builder() const { return builder_; }
  // Callable: the builder's arguments (Compose: outer, inner; Chain: h, g, f; Fork: outer, a, b;
  // Matcher: function, target; Rbind, Lbind: function, fixed; Power: function).
  std::span<const Type* const> parts() const { return parts_; }
  // Builder::Prim: the primitive. Builder::Power: the exponent, 0 when not a constant.
  PrimitiveId primitive() const { return static_cast<PrimitiveId>(payload_); }
  int64_t exponent() const { return payload_; }
  // The printed form: Integer, Grid, Tuple[Object], FrozenSet[Integer], (Integer, Grid),
  // Callable[[Object], Integer], Union[Integer, NoneType], Patch, Any...
  const std::string& str() const { return name_; }

 private:
  friend class TypeContext;
  Type() = default;

  TypeKind kind_ = TypeKind::Any;
  Builder builder_ = Builder::None;
  int arity_ = -1;
  uint32_t id_ = 0;
  int64_t payload_ = 0;
  const Type* inner_ = nullptr;
  std::vector<const Type*> elements_;
  std::vector<const Type*> parts_;
  std::string name_;
};

// Makes and interns types: one Type per structure, so that equal types are equal pointers.
class TypeContext {
 public:
  static constexpr size_t kMaxUnion = 6;  // a larger join is Any

  TypeContext();
  TypeContext(const TypeContext&) = delete;
  TypeContext& operator=(const TypeContext&) = delete;

  const Type* never() const { return never_; }
  const Type* any() const { return any_; }
  const Type* none() const { return none_; }
  const Type* boolean() const { return boolean_; }
  const Type* integer() const { return integer_; }
  // A Product with a Never element is Never (building the tuple raised).
  const Type* product(std::span<const Type* const> elements);
  const Type* product(std::initializer_list<const Type*> elements) {
    return product(std::span<const Type* const>(elements.begin(), elements.size()));
  }
  const Type* tuple(const Type* element);
  const Type* frozenset(const Type* element);
  // A function value. Builder::None: only its signature is known.
  const Type* callable(int arity, std::span<const Type* const> params, const Type* result,
                       Builder builder = Builder::None, std::span<const Type* const> parts = {},
                       int64_t payload = 0);

  // arc_types.py's names.
  const Type* integerTuple() const { return integerTuple_; }  // (Integer, Integer)
  const Type* cell() const { return cell_; }                  // (Integer, IntegerTuple)
  const Type* grid() const { return grid_; }                  // Tuple[Tuple[Integer]]
  const Type* object() const { return object_; }              // FrozenSet[Cell]
  const Type* indices() const { return indices_; }            // FrozenSet[IntegerTuple]
  const Type* objects() const { return objects_; }            // FrozenSet[Object]

  // The least type holding both (a Union of at most kMaxUnion members, else Any).
  const Type* join(const Type* a, const Type* b);
  // Every value of `a` is a value of `b` (conservative: false when unsure).
  bool isSubtype(const Type* a, const Type* b) const;

  size_t size() const { return types_.size(); }

 private:
  const Type* intern(Type type);
  const Type* unite(std::vector<const Type*> members);

  std::deque<Type> types_;
  std::unordered_map<std::string, const Type*> index_;
  const Type* never_;
  const Type* any_;
  const Type* none_;
  const Type* boolean_;
  const Type* integer_;
  const Type* integerTuple_;
  const Type* cell_;
  const Type* grid_;
  const Type* object_;
  const Type* indices_;
  const Type* objects_;
};

// No Any in the type: not at the top, not in an element, member or (for a function whose builder
// is known) in a part the builder was given. A known function counts as typed whatever the
// declared kinds of its parameters.
bool isFullyTyped(const Type* type);

struct NodeTypes {
  std::unique_ptr<TypeContext> context;
  std::vector<const Type*> byIndex;  // per FusedDag::nodes index

  const Type* of(const FusedDag& dag, const Node* node) const { return byIndex[dag.indexOf(node)]; }
};

// Types every node of the fused DAG; a solver's input is a Grid.
NodeTypes inferTypes(const FusedDag& dag);

}  // namespace batt::ir
