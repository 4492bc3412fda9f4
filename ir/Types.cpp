// Type inference over the fused DAG (docs/types.md). Each primitive's rule follows its dsl.py
// source, isinstance branches included; the annotations of dsl.py are not trusted. A rule may
// answer Never where CPython always raises, and must answer Any where it cannot be sure.
#include "ir/Types.h"

#include <map>
#include <utility>

#include "frontend/Builtins.h"

namespace batt::ir {

namespace {

enum PrimitiveName : PrimitiveId {
#define BATT_PRIMITIVE(name, arity, params, result) k_##name,
#include "runtime/primitives.def"
  kPrimitiveCount
};

enum class Arith { Add, Sub, Mul, Div };

// A call with more union-typed argument combinations than this is typed Any.
constexpr size_t kMaxCombinations = 64;
// power(f, n) with a constant n above this is typed Any (CPython's recursion limit is near).
constexpr int64_t kMaxPower = 64;
// Rounds of widening for power(f, n) with an unknown n.
constexpr int kPowerRounds = 8;

using Types = std::vector<const Type*>;

class Inferrer {
 public:
  explicit Inferrer(TypeContext& types) : t_(types), primValues_(kPrimitiveCount, nullptr) {}

  // The type of `node` given the types of its operands.
  const Type* node(const Node* node, std::span<const Type* const> operands) {
    for (const Type* operand : operands) {
      if (node->op() != Op::Tuple && operand->is(TypeKind::Never)) return t_.never();
    }
    switch (node->op()) {
      case Op::Input:
        // A solver is called with one input: a second parameter is missing (TypeError).
        return node->inputIndex() == 0 ? t_.grid() : t_.never();
      case Op::Int:
        return t_.integer();
      case Op::Bool:
        return t_.boolean();
      case Op::Tuple:
        return t_.product(operands);
      case Op::Prim:
        return primitiveValue(node->primitive());
      case Op::Call:
        return call(node->primitive(), operands, node->arguments());
      case Op::DynCall:
        return apply(operands[0], operands.subspan(1));
      case Op::None:
        return t_.none();
      case Op::Raise:
        return t_.never();
      case Op::MakeTuple:
        return t_.product(operands);
      case Op::Seq:
        return operands.back();  // a Never operand already made the Seq Never
      default:
        return t_.any();
    }
  }

 private:
  // --- structure of values -------------------------------------------------------------------

  static bool isInt(const Type* x) { return x->is(TypeKind::Integer) || x->is(TypeKind::Boolean); }
  static bool isTuple(const Type* x) { return x->is(TypeKind::Product) || x->is(TypeKind::Tuple); }
  // Values that len() and iteration reject.
  static bool notContainer(const Type* x) {
    return isInt(x) || x->is(TypeKind::NoneType) || x->is(TypeKind::Callable);
  }

  const Type* join(std::initializer_list<const Type*> types) {
    const Type* joined = t_.never();
    for (const Type* type : types) joined = t_.join(joined, type);
    return joined;
  }

  // f(member) joined over the members of a union, else f(x).
  template <typename F>
  const Type* each(const Type* x, F&& f) {
    if (!x->is(TypeKind::Union)) return f(x);
    const Type* joined = t_.never();
    for (const Type* member : x->elements()) joined = t_.join(joined, f(member));
    return joined;
  }

  // The type of the elements `for e in x` yields; Never when x cannot be iterated (or is empty).
  const Type* elems(const Type* x) {
    return each(x, [&](const Type* v) -> const Type* {
      switch (v->kind()) {
        case TypeKind::Product: {
          const Type* joined = t_.never();
          for (const Type* element : v->elements()) joined = t_.join(joined, element);
          return joined;
        }
        case TypeKind::Tuple:
        case TypeKind::FrozenSet:
          return v->element();
        case TypeKind::Any:
          return t_.any();
        default:
          return t_.never();
      }
    });
  }

  // x[i] for a small constant i.
  const Type* at(const Type* x, size_t i) {
    return each(x, [&](const Type* v) -> const Type* {
      switch (v->kind()) {
        case TypeKind::Product:
          return i < v->elements().size() ? v->elements()[i] : t_.never();
        case TypeKind::Tuple:
          return v->element();
        case TypeKind::Any:
          return t_.any();
        default:
          return t_.never();
      }
    });
  }

  // x[a:b]
  const Type* sliced(const Type* x) {
    return each(x, [&](const Type* v) -> const Type* {
      if (isTuple(v)) return t_.tuple(elems(v));
      return v->is(TypeKind::Any) ? t_.any() : t_.never();
    });
  }

  // `a, b = x`
  std::pair<const Type*, const Type*> unpack2(const Type* x) {
    if (x->is(TypeKind::Union)) {
      std::pair<const Type*, const Type*> joined{t_.never(), t_.never()};
      for (const Type* member : x->elements()) {
        auto [a, b] = unpack2(member);
        joined = {t_.join(joined.first, a), t_.join(joined.second, b)};
      }
      return joined;
    }
    if (x->is(TypeKind::Product)) {
      if (x->elements().size() != 2) return {t_.never(), t_.never()};
      return {x->elements()[0], x->elements()[1]};
    }
    const Type* element = elems(x);
    return {element, element};
  }

  // type(c)(e for ...) with elements of type e.
  const Type* sameKind(const Type* c, const Type* e) {
    return each(c, [&](const Type* v) -> const Type* {
      if (v->is(TypeKind::FrozenSet)) return t_.frozenset(e);
      if (isTuple(v)) return t_.tuple(e);
      return v->is(TypeKind::Any) ? t_.any() : t_.never();
    });
  }

  const Type* gridOf(const Type* cell) { return t_.tuple(t_.tuple(cell)); }
  const Type* cellsOf(const Type* grid) { return elems(elems(grid)); }
  const Type* objectsOf(const Type* cell) {
    return t_.frozenset(t_.frozenset(t_.product({cell, t_.integerTuple()})));
  }

  // Python's own operator on two values (not dsl.py's overloading): x + y, x - y, x * y, x // y.
  const Type* raw(Arith op, const Type* x, const Type* y) {
    if (x->is(TypeKind::Union) || y->is(TypeKind::Union)) {
      return each(x, [&](const Type* a) {
        return each(y, [&](const Type* b) { return raw(op, a, b); });
      });
    }
    if (x->is(TypeKind::Never) || y->is(TypeKind::Never)) return t_.never();
    if (isInt(x) && isInt(y)) return t_.integer();
    if (x->is(TypeKind::Any) || y->is(TypeKind::Any)) return t_.any();
    if (op == Arith::Add && isTuple(x) && isTuple(y)) return t_.tuple(t_.join(elems(x), elems(y)));
    if (op == Arith::Mul && isTuple(x) && isInt(y)) return t_.tuple(elems(x));
    if (op == Arith::Mul && isInt(x) && isTuple(y)) return t_.tuple(elems(y));
    if (op == Arith::Sub && x->is(TypeKind::FrozenSet) && y->is(TypeKind::FrozenSet)) {
      return t_.frozenset(x->element());
    }
    return t_.never();  // TypeError
  }

  // -x
  const Type* negated(const Type* x) {
    return each(x, [&](const Type* v) -> const Type* {
      if (isInt(v)) return t_.integer();
      return v->is(TypeKind::Any) ? t_.any() : t_.never();
    });
  }

  // dsl.py's add, subtract, multiply, divide: int op int, else element-wise on two components.
  const Type* numerical(Arith op, const Type* a, const Type* b) {
    if (isInt(a) && isInt(b)) return t_.integer();
    if (a->is(TypeKind::Any) || b->is(TypeKind::Any)) return t_.any();
    if (isTuple(a) && isTuple(b)) {
      return t_.product({raw(op, at(a, 0), at(b, 0)), raw(op, at(a, 1), at(b, 1))});
    }
    if (isInt(a) && isTuple(b)) return t_.product({raw(op, a, at(b, 0)), raw(op, a, at(b, 1))});
    return t_.product({raw(op, at(a, 0), b), raw(op, at(a, 1), b)});
  }

  // invert, double, halve, increment, decrement: `f(n) if isinstance(n, int) else (g(n[0]),
  // g(n[1]))`.
  template <typename G>
  const Type* unaryNumerical(const Type* n, G&& g) {
    if (isInt(n)) return t_.integer();
    if (n->is(TypeKind::Any)) return t_.any();
    return t_.product({g(at(n, 0)), g(at(n, 1))});
  }

  // crement, sign on one component: `0 if x == 0 else (... if x > 0 else ...)`.
  const Type* signLike(const Type* x) {
    return each(x, [&](const Type* v) -> const Type* {
      if (isInt(v)) return t_.integer();
      return v->is(TypeKind::Any) ? t_.any() : t_.never();  // x > 0 raises
    });
  }

  // toindices(patch)
  const Type* toindices(const Type* patch) {
    return each(patch, [&](const Type* p) -> const Type* {
      if (p->is(TypeKind::Any)) return t_.any();
      if (notContainer(p)) return t_.never();
      const Type* empty = t_.frozenset(t_.never());
      const Type* second = at(elems(p), 1);  // next(iter(patch))[1]
      if (second->is(TypeKind::Never)) return empty;
      if (isTuple(second)) return t_.frozenset(second);
      if (notContainer(second) || second->is(TypeKind::FrozenSet)) return t_.join(p, empty);
      return join({t_.frozenset(second), p, empty});
    });
  }

  // ulcorner and the other corners: tuple(map(min, zip(*toindices(patch)))).
  const Type* corner(const Type* patch) {
    if (notContainer(patch)) return t_.never();
    return t_.tuple(cellsOf(toindices(patch)));
  }

  // shift(patch, (di, dj)): cells are shifted as cells, anything else as index pairs; an empty
  // patch is returned as it is.
  const Type* shift(const Type* patch, const Type* di, const Type* dj) {
    return each(patch, [&](const Type* p) -> const Type* {
      if (p->is(TypeKind::Any)) return t_.any();
      if (notContainer(p)) return t_.never();
      const Type* e = elems(p);
      const Type* second = at(e, 1);  // next(iter(patch))[1]
      if (second->is(TypeKind::Never)) return p;
      auto moved = [&](const Type* index) {
        auto [i, j] = unpack2(index);
        return t_.product({raw(Arith::Add, i, di), raw(Arith::Add, j, dj)});
      };
      if (isTuple(second)) return t_.join(p, t_.frozenset(t_.product({at(e, 0), moved(second)})));
      if (notContainer(second) || second->is(TypeKind::FrozenSet)) {
        return t_.join(p, t_.frozenset(moved(e)));
      }
      return t_.any();
    });
  }

  // Object or Indices kept by the mirrors of a frozenset patch; Any when the elements are neither
  // cells nor index pairs.
  const Type* samePatch(const Type* patch) {
    if (t_.isSubtype(patch->element(), t_.cell())) return t_.object();
    if (t_.isSubtype(patch->element(), t_.integerTuple())) return t_.indices();
    return t_.any();
  }

  // hmirror, vmirror, dmirror, cmirror: a tuple is mirrored as a grid, a frozenset as a patch.
  const Type* mirror(PrimitiveId p, const Type* piece) {
    if (piece->is(TypeKind::Any)) return t_.any();
    if (notContainer(piece)) return t_.never();
    if (piece->is(TypeKind::FrozenSet)) return samePatch(piece);
    switch (p) {
      case k_hmirror: return sliced(piece);                    // piece[::-1]
      case k_vmirror: return t_.tuple(sliced(elems(piece)));   // row[::-1] for row in piece
      default: return gridOf(cellsOf(piece));                  // tuple(zip(*...))
    }
  }

  // --- function values -----------------------------------------------------------------------

  const Type* declaredKind(std::string_view kind) {
    if (kind == "Integer") return t_.integer();
    if (kind == "Boolean") return t_.boolean();
    if (kind == "IntegerTuple") return t_.integerTuple();
    if (kind == "Numerical") return t_.join(t_.integer(), t_.integerTuple());
    if (kind == "IntegerSet") return t_.frozenset(t_.integer());
    if (kind == "Grid") return t_.grid();
    if (kind == "Object") return t_.object();
    if (kind == "Objects") return t_.objects();
    if (kind == "Indices") return t_.indices();
    if (kind == "Patch") return t_.join(t_.object(), t_.indices());
    if (kind == "Element") return t_.join(t_.object(), t_.grid());
    if (kind == "Piece") return join({t_.grid(), t_.object(), t_.indices()});
    if (kind == "Tuple") return t_.tuple(t_.any());
    if (kind == "FrozenSet") return t_.frozenset(t_.any());
    if (kind == "TupleTuple") return t_.tuple(t_.tuple(t_.any()));
    if (kind == "Callable") return t_.callable(-1, {}, t_.any());
    return t_.any();  // Any, Container, ContainerContainer
  }

  // A primitive as a value: its declared parameter kinds and the result for them.
  const Type* primitiveValue(PrimitiveId p) {
    if (primValues_[p]) return primValues_[p];
    const frontend::Primitive& primitive = frontend::primitives()[p];
    Types params;
    std::string_view kinds = primitive.params;
    while (!kinds.empty()) {
      size_t comma = kinds.find(',');
      params.push_back(declaredKind(kinds.substr(0, comma)));
      kinds = comma == std::string_view::npos ? "" : kinds.substr(comma + 1);
    }
    const Type* result = call(p, params, {});
    primValues_[p] = t_.callable(static_cast<int>(primitive.arity), params, result, Builder::Prim,
                                 {}, p);
    return primValues_[p];
  }

  // The declared parameters of f when it takes `arity` arguments, else Any for each.
  Types paramsOf(const Type* f, size_t arity) {
    if (f->is(TypeKind::Callable) && f->arity() == static_cast<int>(arity)) {
      return Types(f->elements().begin(), f->elements().end());
    }
    return Types(arity, t_.any());
  }

  // A closure made by a builder, with `arity` parameters.
  const Type* closure(Builder builder, Types parts, int arity, int64_t payload = 0) {
    Types params;
    switch (builder) {
      case Builder::Compose: params = paramsOf(parts[1], 1); break;
      case Builder::Chain: params = paramsOf(parts[2], 1); break;
      case Builder::Fork: params = paramsOf(parts[1], 1); break;
      case Builder::Matcher:
      case Builder::Power: params = paramsOf(parts[0], 1); break;
      case Builder::Rbind:
      case Builder::Lbind: {
        Types all = paramsOf(parts[0], arity + 1);
        size_t skip = builder == Builder::Lbind ? 1 : 0;
        params.assign(all.begin() + skip, all.begin() + skip + arity);
        break;
      }
      default: params = Types(arity, t_.any()); break;
    }
    const Type* result = applyRecipe(builder, parts, arity, payload, params, nullptr);
    return t_.callable(arity, params, result, builder, parts, payload);
  }

  // callee(args...)
  const Type* apply(const Type* callee, std::span<const Type* const> args) {
    for (const Type* arg : args) {
      if (arg->is(TypeKind::Never)) return t_.never();
    }
    if (callee->is(TypeKind::Union)) {
      const Type* joined = t_.never();
      for (const Type* member : callee->elements()) joined = t_.join(joined, apply(member, args));
      return joined;
    }
    if (callee->is(TypeKind::Any)) return t_.any();
    if (!callee->is(TypeKind::Callable)) return t_.never();  // TypeError: not callable
    Types key{callee};
    key.insert(key.end(), args.begin(), args.end());
    auto memo = applyMemo_.find(key);
    if (memo != applyMemo_.end()) return memo->second;
    const Type* result =
        applyRecipe(callee->builder(), Types(callee->parts().begin(), callee->parts().end()),
                    callee->arity(), callee->exponent(), args, callee->result());
    applyMemo_.emplace(std::move(key), result);
    return result;
  }

  const Type* applyRecipe(Builder builder, const Types& parts, int arity, int64_t payload,
                          std::span<const Type* const> args, const Type* signatureResult) {
    if (arity >= 0 && args.size() != static_cast<size_t>(arity)) return t_.never();  // TypeError
    auto one = [&](const Type* f, const Type* x) { return apply(f, std::span(&x, 1)); };
    switch (builder) {
      case Builder::None:
        return signatureResult ? signatureResult : t_.any();
      case Builder::Prim:
        return call(static_cast<PrimitiveId>(payload), args, {});
      case Builder::Compose:
        return one(parts[0], one(parts[1], args[0]));
      case Builder::Chain:
        return one(parts[0], one(parts[1], one(parts[2], args[0])));
      case Builder::Fork: {
        Types inner{one(parts[1], args[0]), one(parts[2], args[0])};
        return apply(parts[0], inner);
      }
      case Builder::Matcher:
        return one(parts[0], args[0])->is(TypeKind::Never) ? t_.never() : t_.boolean();
      case Builder::Rbind: {
        Types all(args.begin(), args.end());
        all.push_back(parts[1]);
        return apply(parts[0], all);
      }
      case Builder::Lbind: {
        Types all{parts[1]};
        all.insert(all.end(), args.begin(), args.end());
        return apply(parts[0], all);
      }
      case Builder::Power: {
        const Type* x = args[0];
        if (payload > 0) {
          for (int64_t i = 0; i < payload; ++i) x = one(parts[0], x);
          return x;
        }
        // n unknown: one or more applications.
        const Type* reached = one(parts[0], x);
        for (int round = 0; round < kPowerRounds; ++round) {
          const Type* next = t_.join(reached, one(parts[0], reached));
          if (next == reached) return reached;
          reached = next;
        }
        return t_.any();
      }
    }
    return t_.any();
  }

  // rbind and lbind: the closure's arity follows the function's (dsl.py reads co_argcount).
  const Type* bind(Builder builder, const Type* f, const Type* fixed) {
    if (f->is(TypeKind::Union) && !arityOf(f)) {
      return each(f, [&](const Type* member) { return bind(builder, member, fixed); });
    }
    if (f->is(TypeKind::Any)) return t_.any();
    if (!f->is(TypeKind::Callable) && !f->is(TypeKind::Union)) {
      return t_.never();  // AttributeError: no __code__
    }
    std::optional<int> n = arityOf(f);
    if (!n) return t_.any();
    int arity = *n == 2 ? 1 : *n == 3 ? 2 : 3;
    return closure(builder, {f, fixed}, arity);
  }

  const Type* power(const Type* f, const Type* n, const Node* nNode) {
    std::optional<int64_t> value;
    if (nNode && nNode->op() == Op::Int) value = nNode->intValue();
    if (nNode && nNode->op() == Op::Bool) value = nNode->boolValue() ? 1 : 0;
    if (value) {
      if (*value == 1) return f;
      if (*value < 1) return t_.never();  // RecursionError
      if (*value > kMaxPower) return t_.any();
      return closure(Builder::Power, {f}, 1, *value);
    }
    if (!isInt(n)) return t_.any();
    if (arityOf(f) == 1) return closure(Builder::Power, {f}, 1, 0);
    return t_.any();
  }

  // --- calls of primitives -------------------------------------------------------------------

  // Closure builders keep a union-typed part as it is (a call of the closure distributes over it);
  // branch joins its arms anyway.
  static bool keepsUnions(PrimitiveId p) {
    switch (p) {
      case k_compose:
      case k_chain:
      case k_fork:
      case k_matcher:
      case k_rbind:
      case k_lbind:
      case k_power:
      case k_branch:
      case k_identity:
        return true;
      default:
        return false;
    }
  }

  // The arity every member of f has (co_argcount), or nullopt: not callable, not known, or
  // different.
  std::optional<int> arityOf(const Type* f) {
    std::optional<int> arity;
    std::span<const Type* const> members =
        f->is(TypeKind::Union) ? f->elements() : std::span<const Type* const>(&f, 1);
    for (const Type* member : members) {
      if (!member->is(TypeKind::Callable) || member->arity() < 0) return std::nullopt;
      if (arity && *arity != member->arity()) return std::nullopt;
      arity = member->arity();
    }
    return arity;
  }

  // p(args...), distributing over union-typed arguments.
  const Type* call(PrimitiveId p, std::span<const Type* const> args,
                   std::span<const Node* const> nodes) {
    size_t combinations = 1;
    if (keepsUnions(p)) {
      for (const Type* arg : args) {
        if (arg->is(TypeKind::Never)) return t_.never();
      }
      return transfer(p, args, nodes);
    }
    for (const Type* arg : args) {
      if (arg->is(TypeKind::Never)) return t_.never();
      if (arg->is(TypeKind::Union)) combinations *= arg->elements().size();
    }
    if (combinations == 1) return transfer(p, args, nodes);
    if (combinations > kMaxCombinations) return t_.any();
    const Type* joined = t_.never();
    Types chosen(args.begin(), args.end());
    for (size_t c = 0; c < combinations; ++c) {
      size_t rest = c;
      for (size_t i = 0; i < args.size(); ++i) {
        if (!args[i]->is(TypeKind::Union)) continue;
        size_t n = args[i]->elements().size();
        chosen[i] = args[i]->elements()[rest % n];
        rest /= n;
      }
      joined = t_.join(joined, transfer(p, chosen, nodes));
    }
    return joined;
  }

  // One primitive on non-union arguments: dsl.py's source, case by case. `nodes` (the argument
  // nodes, or empty inside a closure) give constants for branch and power.
  const Type* transfer(PrimitiveId p, std::span<const Type* const> a,
                       std::span<const Node* const> nodes) {
    const Type* I = t_.integer();
    const Type* B = t_.boolean();
    const Type* x = a[0];
    auto needs = [&](const Type* c, const Type* result) {
      return notContainer(c) ? t_.never() : result;
    };
    auto one = [&](const Type* f, const Type* v) { return apply(f, std::span(&v, 1)); };
    switch (p) {
      case k_identity: return x;
      case k_add: return numerical(Arith::Add, x, a[1]);
      case k_subtract: return numerical(Arith::Sub, x, a[1]);
      case k_multiply: return numerical(Arith::Mul, x, a[1]);
      case k_divide: return numerical(Arith::Div, x, a[1]);
      case k_invert: return unaryNumerical(x, [&](const Type* e) { return negated(e); });
      case k_double: return unaryNumerical(x, [&](const Type* e) { return raw(Arith::Mul, e, I); });
      case k_halve: return unaryNumerical(x, [&](const Type* e) { return raw(Arith::Div, e, I); });
      case k_increment:
        return unaryNumerical(x, [&](const Type* e) { return raw(Arith::Add, e, I); });
      case k_decrement:
        return unaryNumerical(x, [&](const Type* e) { return raw(Arith::Sub, e, I); });
      case k_crement:
      case k_sign: return unaryNumerical(x, [&](const Type* e) { return signLike(e); });
      case k_even:
      case k_flip:
      case k_equality:
      case k_contained:
      case k_greater:
      case k_positive: return B;
      case k_both:
      case k_either: return t_.join(x, a[1]);  // a and b, a or b
      case k_combine:
        if (notContainer(a[1])) return t_.never();
        return sameKind(x, t_.join(elems(x), elems(a[1])));
      case k_intersection:
        if (x->is(TypeKind::FrozenSet) && a[1]->is(TypeKind::FrozenSet)) {
          return t_.frozenset(t_.join(x->element(), a[1]->element()));
        }
        if (isInt(x) && isInt(a[1])) return I;  // bitwise and
        return t_.any();
      case k_difference:
      case k_sfilter:
      case k_remove: {
        const Type* c = p == k_remove ? a[1] : x;
        return sameKind(c, elems(c));
      }
      case k_dedupe:
      case k_totuple: return needs(x, t_.tuple(elems(x)));
      case k_order: return needs(x, t_.tuple(elems(x)));
      case k_repeat: return t_.tuple(x);
      case k_size: return needs(x, I);
      case k_merge: return sameKind(x, elems(elems(x)));
      case k_mfilter: return sameKind(x, elems(elems(x)));
      case k_maximum:
      case k_minimum: return needs(x, t_.join(elems(x), I));  // default=0
      case k_valmax:
      case k_valmin:
        // compfunc(max(container, key=compfunc, default=0))
        return needs(x, t_.join(one(a[1], elems(x)), one(a[1], I)));
      case k_argmax:
      case k_argmin:
      case k_mostcommon:
      case k_leastcommon:
      case k_extract: return elems(x);
      case k_other: return elems(x);
      case k_first:
        if (x->is(TypeKind::Product)) {
          return x->elements().empty() ? t_.never() : x->elements()[0];
        }
        return elems(x);
      case k_last:
        if (x->is(TypeKind::Product)) {
          return x->elements().empty() ? t_.never() : x->elements().back();
        }
        return elems(x);
      case k_initset: return t_.frozenset(x);
      case k_insert:
        if (a[1]->is(TypeKind::FrozenSet)) return t_.frozenset(t_.join(a[1]->element(), x));
        return a[1]->is(TypeKind::Any) ? t_.any() : t_.never();  // no .union
      case k_interval: return t_.tuple(I);
      case k_astuple: return t_.product({x, a[1]});
      case k_toivec: return t_.product({x, I});
      case k_tojvec: return t_.product({I, x});
      case k_product:
        if (notContainer(x) || notContainer(a[1])) return t_.never();
        return t_.frozenset(t_.product({elems(x), elems(a[1])}));
      case k_pair:
        if (notContainer(x) || notContainer(a[1])) return t_.never();
        return t_.tuple(t_.product({elems(x), elems(a[1])}));
      case k_branch:
        if (!nodes.empty() && nodes[0]->op() == Op::Bool) {
          return nodes[0]->boolValue() ? a[1] : a[2];
        }
        return t_.join(a[1], a[2]);
      case k_compose: return closure(Builder::Compose, {x, a[1]}, 1);
      case k_chain: return closure(Builder::Chain, {x, a[1], a[2]}, 1);
      case k_fork: return closure(Builder::Fork, {x, a[1], a[2]}, 1);
      case k_matcher: return closure(Builder::Matcher, {x, a[1]}, 1);
      case k_rbind: return bind(Builder::Rbind, x, a[1]);
      case k_lbind: return bind(Builder::Lbind, x, a[1]);
      case k_power: return power(x, a[1], nodes.empty() ? nullptr : nodes[1]);
      case k_apply: {
        const Type* c = a[1];
        if (c->is(TypeKind::Product)) {
          Types results;
          for (const Type* e : c->elements()) results.push_back(one(x, e));
          return t_.product(results);
        }
        return sameKind(c, one(x, elems(c)));
      }
      case k_rapply: {
        if (x->is(TypeKind::Product)) {
          Types results;
          for (const Type* f : x->elements()) results.push_back(one(f, a[1]));
          return t_.product(results);
        }
        return sameKind(x, one(elems(x), a[1]));
      }
      case k_mapply: {
        const Type* c = a[1];
        return sameKind(c, elems(one(x, elems(c))));
      }
      case k_papply:
      case k_mpapply: {
        if (notContainer(a[1]) || notContainer(a[2])) return t_.never();
        Types args{elems(a[1]), elems(a[2])};
        const Type* r = apply(x, args);
        return t_.tuple(p == k_papply ? r : elems(r));
      }
      case k_prapply: {
        if (notContainer(a[1]) || notContainer(a[2])) return t_.never();
        Types args{elems(a[1]), elems(a[2])};
        return t_.frozenset(apply(x, args));
      }
      case k_mostcolor:
      case k_leastcolor:
        if (isTuple(x)) return cellsOf(x);
        if (x->is(TypeKind::FrozenSet)) return unpack2(x->element()).first;
        return x->is(TypeKind::Any) ? t_.any() : t_.never();
      case k_palette:
        if (isTuple(x)) return t_.frozenset(cellsOf(x));
        if (x->is(TypeKind::FrozenSet)) return t_.frozenset(unpack2(x->element()).first);
        return x->is(TypeKind::Any) ? t_.frozenset(t_.any()) : t_.never();
      case k_height:
      case k_width:
      case k_numcolors:
      case k_colorcount:
      case k_manhattan:
      case k_hperiod:
      case k_vperiod: return needs(x, I);
      case k_shape:
      case k_center:
      case k_position:
      case k_gravitate: return needs(x, t_.integerTuple());
      case k_portrait:
      case k_square:
      case k_vline:
      case k_hline:
      case k_hmatching:
      case k_vmatching:
      case k_adjacent:
      case k_bordering: return needs(x, B);
      case k_colorfilter:
      case k_sizefilter: return needs(x, t_.frozenset(elems(x)));
      case k_asindices:
      case k_ofcolor:
      case k_backdrop:
      case k_delta:
      case k_inbox:
      case k_outbox:
      case k_dneighbors:
      case k_ineighbors:
      case k_neighbors: return needs(x, t_.indices());
      case k_connect:
      case k_shoot:
      case k_occurrences: return t_.indices();
      case k_vfrontier: return needs(x, t_.frozenset(t_.product({I, at(x, 1)})));
      case k_hfrontier: return needs(x, t_.frozenset(t_.product({at(x, 0), I})));
      case k_box:
        if (x->is(TypeKind::FrozenSet)) return t_.indices();
        if (isTuple(x)) return t_.join(t_.indices(), t_.tuple(t_.never()));  // empty: the patch
        return x->is(TypeKind::Any) ? t_.any() : t_.never();
      case k_ulcorner:
      case k_urcorner:
      case k_llcorner:
      case k_lrcorner: return corner(x);
      case k_corners: return needs(x, t_.frozenset(corner(x)));
      case k_centerofmass: return needs(x, t_.tuple(I));
      case k_uppermost:
      case k_lowermost: return needs(x, unpack2(elems(toindices(x))).first);
      case k_leftmost:
      case k_rightmost: return needs(x, unpack2(elems(toindices(x))).second);
      case k_toindices: return toindices(x);
      case k_color: return at(elems(x), 0);  // next(iter(obj))[0]
      case k_recolor: return needs(a[1], t_.frozenset(t_.product({x, elems(toindices(a[1]))})));
      case k_shift: {
        if (notContainer(a[1])) return notContainer(x) ? t_.never() : x;  // only an empty patch
        auto [di, dj] = unpack2(a[1]);
        return shift(x, di, dj);
      }
      case k_normalize: return shift(x, I, I);  // (-uppermost(patch), -leftmost(patch))
      case k_hmirror:
      case k_vmirror:
      case k_dmirror:
      case k_cmirror: return mirror(p, x);
      case k_toobject:
        if (notContainer(x) || !(isTuple(a[1]) || a[1]->is(TypeKind::Any))) return t_.never();
        return t_.frozenset(t_.product({cellsOf(a[1]), t_.integerTuple()}));
      case k_asobject: return needs(x, t_.frozenset(t_.product({cellsOf(x), t_.integerTuple()})));
      case k_objects:
        if (!isTuple(x) && !x->is(TypeKind::Any)) return t_.never();
        return objectsOf(cellsOf(x));
      case k_partition:
      case k_fgpartition:
      case k_frontiers:
        if (isTuple(x)) return objectsOf(cellsOf(x));
        return notContainer(x) ? t_.never() : t_.any();
      case k_index:
        if (!isTuple(x) && !x->is(TypeKind::Any)) return t_.never();
        return t_.join(cellsOf(x), t_.none());  // None out of bounds
      case k_canvas: return gridOf(x);
      default: break;
    }
    // Grid primitives: the grid is a tuple of rows (a frozenset raises where it is indexed).
    const Type* grid = p == k_subgrid ? a[1] : x;
    if (grid->is(TypeKind::Any)) return t_.any();
    if (notContainer(grid)) return t_.never();
    bool sequence = isTuple(grid);
    const Type* cells = cellsOf(grid);
    switch (p) {
      case k_rot90:
      case k_rot180:
      case k_rot270:
      case k_lefthalf:
      case k_righthalf:
      case k_downscale:
      case k_cover:
      case k_compress: return sequence ? gridOf(cells) : t_.never();
      case k_tophalf:
      case k_bottomhalf: return sequence ? sliced(grid) : t_.never();
      case k_trim:
      case k_crop:
      case k_subgrid: return sequence ? t_.tuple(sliced(elems(grid))) : t_.never();
      case k_hsplit:
      case k_vsplit: return sequence ? t_.tuple(t_.tuple(sliced(elems(grid)))) : t_.never();
      case k_fill:
      case k_underfill: return sequence ? gridOf(t_.join(cells, a[1])) : t_.never();
      case k_paint:
      case k_underpaint:
      case k_move: {
        if (!sequence || notContainer(a[1])) return t_.never();
        return gridOf(t_.join(cells, unpack2(elems(a[1])).first));
      }
      case k_cellwise: return sequence ? gridOf(t_.join(cells, a[2])) : t_.never();
      case k_replace: return gridOf(t_.join(cells, a[2]));
      case k_switch: return gridOf(join({cells, a[1], a[2]}));
      case k_hupscale: return gridOf(cells);
      case k_vupscale: return t_.tuple(elems(grid));
      case k_upscale:
        if (sequence) return gridOf(cells);
        if (t_.isSubtype(grid->element(), t_.cell())) return t_.object();
        if (t_.isSubtype(grid->element(), t_.integerTuple())) return t_.frozenset(t_.never());
        return t_.any();
      case k_hconcat: {
        if (notContainer(a[1])) return t_.never();
        return t_.tuple(raw(Arith::Add, elems(grid), elems(a[1])));
      }
      case k_vconcat: return raw(Arith::Add, grid, a[1]);
      default: return t_.any();  // a primitive without a rule
    }
  }

  TypeContext& t_;
  std::vector<const Type*> primValues_;
  std::map<Types, const Type*> applyMemo_;
};

}  // namespace

NodeTypes inferTypes(const FusedDag& dag) {
  NodeTypes result;
  result.context = std::make_unique<TypeContext>();
  result.byIndex.resize(dag.nodes.size(), nullptr);
  Inferrer inferrer(*result.context);
  Types operands;
  for (size_t i = 0; i < dag.nodes.size(); ++i) {
    const Node* node = dag.nodes[i];
    operands.clear();
    for (const Node* operand : node->operands()) {
      operands.push_back(result.byIndex[dag.indexOf(operand)]);
    }
    result.byIndex[i] = inferrer.node(node, operands);
  }
  return result;
}

}  // namespace batt::ir
