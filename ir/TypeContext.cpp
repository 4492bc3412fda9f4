// The type representation of Types.h: interning, printing, subtyping and join.
#include "ir/Types.h"

#include <algorithm>
#include <map>
#include <optional>
#include <utility>

#include <fmt/format.h>

#include "frontend/Builtins.h"

#include "frontend/Builtins.h"

namespace batt::ir {

namespace {

// The order of a union's members: by kind, then by name (stable output, NoneType last).
int kindRank(TypeKind kind) {
  switch (kind) {
    case TypeKind::Boolean: return 0;
    case TypeKind::Integer: return 1;
    case TypeKind::Product: return 2;
    case TypeKind::Tuple: return 3;
    case TypeKind::FrozenSet: return 4;
    case TypeKind::Callable: return 5;
    case TypeKind::NoneType: return 6;
    default: return 7;
  }
}

bool byRankThenName(const Type* a, const Type* b) {
  int ra = kindRank(a->kind());
  int rb = kindRank(b->kind());
  return ra != rb ? ra < rb : a->str() < b->str();
}

std::string_view builderName(Builder builder) {
  switch (builder) {
    case Builder::None: return "";
    case Builder::Prim: return "primitive";
    case Builder::Compose: return "compose";
    case Builder::Chain: return "chain";
    case Builder::Fork: return "fork";
    case Builder::Matcher: return "matcher";
    case Builder::Rbind: return "rbind";
    case Builder::Lbind: return "lbind";
    case Builder::Power: return "power";
  }
  return "";
}

std::string joinNames(std::span<const Type* const> types) {
  std::string text;
  for (const Type* type : types) {
    if (!text.empty()) text += ", ";
    text += type->str();
  }
  return text;
}

}  // namespace

TypeContext::TypeContext() {
  auto leaf = [&](TypeKind kind) {
    Type type;
    type.kind_ = kind;
    return intern(std::move(type));
  };
  never_ = leaf(TypeKind::Never);
  any_ = leaf(TypeKind::Any);
  none_ = leaf(TypeKind::NoneType);
  boolean_ = leaf(TypeKind::Boolean);
  integer_ = leaf(TypeKind::Integer);
  integerTuple_ = product({integer_, integer_});
  cell_ = product({integer_, integerTuple_});
  grid_ = tuple(tuple(integer_));
  object_ = frozenset(cell_);
  indices_ = frozenset(integerTuple_);
  objects_ = frozenset(object_);
}

const Type* TypeContext::intern(Type type) {
  std::string key = fmt::format("{}|{}|{}|{}|{}|", static_cast<int>(type.kind_),
                                static_cast<int>(type.builder_), type.arity_, type.payload_,
                                type.inner_ ? static_cast<int64_t>(type.inner_->id()) : -1);
  for (const Type* element : type.elements_) key += fmt::format("{},", element->id());
  key += '|';
  for (const Type* part : type.parts_) key += fmt::format("{},", part->id());
  auto found = index_.find(key);
  if (found != index_.end()) return found->second;

  switch (type.kind_) {
    case TypeKind::Never: type.name_ = "Never"; break;
    case TypeKind::Any: type.name_ = "Any"; break;
    case TypeKind::NoneType: type.name_ = "NoneType"; break;
    case TypeKind::Boolean: type.name_ = "Boolean"; break;
    case TypeKind::Integer: type.name_ = "Integer"; break;
    case TypeKind::Product: {
      std::string names = joinNames(type.elements_);
      if (names == "Integer, Integer") {
        type.name_ = "IntegerTuple";
      } else if (names == "Integer, IntegerTuple") {
        type.name_ = "Cell";
      } else {
        type.name_ = "(" + names + (type.elements_.size() == 1 ? ",)" : ")");
      }
      break;
    }
    case TypeKind::Tuple:
      type.name_ = type.inner_->str() == "Tuple[Integer]" ? "Grid"
                                                          : "Tuple[" + type.inner_->str() + "]";
      break;
    case TypeKind::FrozenSet: {
      static const std::map<std::string_view, std::string_view> kNames = {
          {"Cell", "Object"},
          {"IntegerTuple", "Indices"},
          {"Object", "Objects"},
          {"Indices", "IndicesSet"}};
      auto name = kNames.find(type.inner_->str());
      type.name_ = name != kNames.end() ? std::string(name->second)
                                        : "FrozenSet[" + type.inner_->str() + "]";
      break;
    }
    case TypeKind::Callable:
      type.name_ = type.arity_ < 0 ? fmt::format("Callable[..., {}]", type.inner_->str())
                                   : fmt::format("Callable[[{}], {}]", joinNames(type.elements_),
                                                 type.inner_->str());
      if (type.builder_ == Builder::Prim) {
        type.name_ += fmt::format(" {{{}}}", frontend::primitives()[type.payload_].name);
      } else if (type.builder_ != Builder::None) {
        type.name_ += fmt::format(" {{{}}}", builderName(type.builder_));
      }
      break;
    case TypeKind::Union: {
      static const std::map<std::string_view, std::string_view> kNames = {
          {"Integer, IntegerTuple", "Numerical"},
          {"Indices, Object", "Patch"},
          {"Grid, Object", "Element"},
          {"Grid, Indices, Object", "Piece"}};
      std::string names = joinNames(type.elements_);
      auto name = kNames.find(names);
      type.name_ = name != kNames.end() ? std::string(name->second) : "Union[" + names + "]";
      break;
    }
  }
  type.id_ = static_cast<uint32_t>(types_.size());
  types_.push_back(std::move(type));
  const Type* made = &types_.back();
  index_.emplace(std::move(key), made);
  return made;
}

const Type* TypeContext::product(std::span<const Type* const> elements) {
  Type type;
  type.kind_ = TypeKind::Product;
  for (const Type* element : elements) {
    if (element->is(TypeKind::Never)) return never_;
    type.elements_.push_back(element);
  }
  return intern(std::move(type));
}

const Type* TypeContext::tuple(const Type* element) {
  Type type;
  type.kind_ = TypeKind::Tuple;
  type.inner_ = element;
  return intern(std::move(type));
}

const Type* TypeContext::frozenset(const Type* element) {
  Type type;
  type.kind_ = TypeKind::FrozenSet;
  type.inner_ = element;
  return intern(std::move(type));
}

const Type* TypeContext::callable(int arity, std::span<const Type* const> params,
                                  const Type* result, Builder builder,
                                  std::span<const Type* const> parts, int64_t payload) {
  Type type;
  type.kind_ = TypeKind::Callable;
  type.arity_ = arity;
  type.elements_.assign(params.begin(), params.end());
  type.inner_ = result;
  type.builder_ = builder;
  type.parts_.assign(parts.begin(), parts.end());
  type.payload_ = payload;
  return intern(std::move(type));
}

bool TypeContext::isSubtype(const Type* a, const Type* b) const {
  if (a == b || a->is(TypeKind::Never) || b->is(TypeKind::Any)) return true;
  if (a->is(TypeKind::Any)) return false;
  if (a->is(TypeKind::Union)) {
    return std::all_of(a->elements().begin(), a->elements().end(),
                       [&](const Type* member) { return isSubtype(member, b); });
  }
  if (b->is(TypeKind::Union)) {
    return std::any_of(b->elements().begin(), b->elements().end(),
                       [&](const Type* member) { return isSubtype(a, member); });
  }
  switch (a->kind()) {
    case TypeKind::Boolean:
      return b->is(TypeKind::Integer);
    case TypeKind::Product:
      if (b->is(TypeKind::Tuple)) {
        return std::all_of(a->elements().begin(), a->elements().end(),
                           [&](const Type* element) { return isSubtype(element, b->element()); });
      }
      if (b->is(TypeKind::Product) && b->elements().size() == a->elements().size()) {
        for (size_t i = 0; i < a->elements().size(); ++i) {
          if (!isSubtype(a->elements()[i], b->elements()[i])) return false;
        }
        return true;
      }
      return false;
    case TypeKind::Tuple:
    case TypeKind::FrozenSet:
      return b->kind() == a->kind() && isSubtype(a->element(), b->element());
    case TypeKind::Callable:
      // Any function is a value of the signature-only Callable[..., Any].
      return b->is(TypeKind::Callable) && b->builder() == Builder::None && b->arity() < 0 &&
             b->result()->is(TypeKind::Any);
    default:
      return false;
  }
}

const Type* TypeContext::unite(std::vector<const Type*> members) {
  std::vector<const Type*> flat;
  for (const Type* member : members) {
    if (member->is(TypeKind::Any)) return any_;
    if (member->is(TypeKind::Never)) continue;
    if (member->is(TypeKind::Union)) {
      flat.insert(flat.end(), member->elements().begin(), member->elements().end());
    } else {
      flat.push_back(member);
    }
  }
  std::sort(flat.begin(), flat.end(), byRankThenName);
  flat.erase(std::unique(flat.begin(), flat.end()), flat.end());
  std::vector<const Type*> kept;
  for (const Type* member : flat) {
    bool subsumed = std::any_of(flat.begin(), flat.end(), [&](const Type* other) {
      return other != member && isSubtype(member, other);
    });
    if (!subsumed) kept.push_back(member);
  }
  if (kept.empty()) return never_;
  if (kept.size() == 1) return kept[0];
  if (kept.size() > kMaxUnion) return any_;
  Type type;
  type.kind_ = TypeKind::Union;
  type.elements_ = std::move(kept);
  return intern(std::move(type));
}

const Type* TypeContext::join(const Type* a, const Type* b) {
  if (isSubtype(a, b)) return b;
  if (isSubtype(b, a)) return a;
  return unite({a, b});
}

bool isFullyTyped(const Type* type) {
  switch (type->kind()) {
    case TypeKind::Any:
      return false;
    case TypeKind::Tuple:
    case TypeKind::FrozenSet:
      return isFullyTyped(type->element());
    case TypeKind::Product:
    case TypeKind::Union:
      return std::all_of(type->elements().begin(), type->elements().end(), isFullyTyped);
    case TypeKind::Callable:
      if (type->builder() != Builder::None) {
        return std::all_of(type->parts().begin(), type->parts().end(), isFullyTyped);
      }
      return type->arity() >= 0 && isFullyTyped(type->result()) &&
             std::all_of(type->elements().begin(), type->elements().end(), isFullyTyped);
    default:
      return true;
  }
}

}  // namespace batt::ir
