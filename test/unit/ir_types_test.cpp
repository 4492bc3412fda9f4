// The type representation of ir/Types.h: interning, printing, subtyping, join; and inferTypes on
// a small DAG.
#include <gtest/gtest.h>

#include "frontend/Builtins.h"
#include "ir/Context.h"
#include "ir/Fuse.h"
#include "ir/Types.h"

namespace batt::ir {
namespace {

TEST(IrTypes, InternsEqualStructureAsOneType) {
  TypeContext t;
  EXPECT_EQ(t.product({t.integer(), t.integer()}), t.integerTuple());
  EXPECT_EQ(t.frozenset(t.product({t.integer(), t.integerTuple()})), t.object());
  EXPECT_EQ(t.tuple(t.tuple(t.integer())), t.grid());
  EXPECT_NE(t.tuple(t.integer()), t.frozenset(t.integer()));
  EXPECT_NE(t.product({t.integer()}), t.tuple(t.integer()));
  size_t before = t.size();
  t.frozenset(t.object());
  EXPECT_EQ(t.size(), before);  // Objects was made by the constructor
}

TEST(IrTypes, PrintsArcTypesNames) {
  TypeContext t;
  EXPECT_EQ(t.integer()->str(), "Integer");
  EXPECT_EQ(t.boolean()->str(), "Boolean");
  EXPECT_EQ(t.integerTuple()->str(), "IntegerTuple");
  EXPECT_EQ(t.cell()->str(), "Cell");
  EXPECT_EQ(t.grid()->str(), "Grid");
  EXPECT_EQ(t.object()->str(), "Object");
  EXPECT_EQ(t.indices()->str(), "Indices");
  EXPECT_EQ(t.objects()->str(), "Objects");
  EXPECT_EQ(t.frozenset(t.indices())->str(), "IndicesSet");
  EXPECT_EQ(t.frozenset(t.integer())->str(), "FrozenSet[Integer]");
  EXPECT_EQ(t.tuple(t.object())->str(), "Tuple[Object]");
  EXPECT_EQ(t.tuple(t.integer())->str(), "Tuple[Integer]");
  EXPECT_EQ(t.product({t.integer(), t.grid()})->str(), "(Integer, Grid)");
  EXPECT_EQ(t.product({t.integer()})->str(), "(Integer,)");
  EXPECT_EQ(t.product({})->str(), "()");
  EXPECT_EQ(t.any()->str(), "Any");
  EXPECT_EQ(t.never()->str(), "Never");
  EXPECT_EQ(t.none()->str(), "NoneType");
  const Type* params[] = {t.object()};
  EXPECT_EQ(t.callable(1, params, t.integer())->str(), "Callable[[Object], Integer]");
  EXPECT_EQ(t.callable(-1, {}, t.any())->str(), "Callable[..., Any]");
  EXPECT_EQ(t.callable(1, params, t.integer(), Builder::Compose)->str(),
            "Callable[[Object], Integer] {compose}");
}

TEST(IrTypes, ProductWithANeverElementIsNever) {
  TypeContext t;
  EXPECT_EQ(t.product({t.integer(), t.never()}), t.never());
}

TEST(IrTypes, Subtyping) {
  TypeContext t;
  EXPECT_TRUE(t.isSubtype(t.boolean(), t.integer()));
  EXPECT_FALSE(t.isSubtype(t.integer(), t.boolean()));
  EXPECT_TRUE(t.isSubtype(t.integerTuple(), t.tuple(t.integer())));
  EXPECT_FALSE(t.isSubtype(t.tuple(t.integer()), t.integerTuple()));
  EXPECT_TRUE(t.isSubtype(t.product({}), t.tuple(t.object())));  // () is any tuple
  EXPECT_TRUE(t.isSubtype(t.frozenset(t.never()), t.object()));   // frozenset() is any set
  EXPECT_TRUE(t.isSubtype(t.never(), t.grid()));
  EXPECT_TRUE(t.isSubtype(t.grid(), t.any()));
  EXPECT_FALSE(t.isSubtype(t.object(), t.indices()));
}

TEST(IrTypes, JoinKeepsTheWiderOrMakesAUnion) {
  TypeContext t;
  EXPECT_EQ(t.join(t.integer(), t.integer()), t.integer());
  EXPECT_EQ(t.join(t.boolean(), t.integer()), t.integer());
  EXPECT_EQ(t.join(t.never(), t.grid()), t.grid());
  EXPECT_EQ(t.join(t.grid(), t.any()), t.any());
  EXPECT_EQ(t.join(t.integerTuple(), t.tuple(t.integer())), t.tuple(t.integer()));
  const Type* patch = t.join(t.object(), t.indices());
  EXPECT_EQ(patch, t.join(t.indices(), t.object()));  // members are ordered
  EXPECT_EQ(patch->kind(), TypeKind::Union);
  EXPECT_EQ(patch->str(), "Patch");
  EXPECT_EQ(t.join(t.integer(), t.integerTuple())->str(), "Numerical");
  EXPECT_EQ(t.join(t.integer(), t.none())->str(), "Union[Integer, NoneType]");
  EXPECT_EQ(t.join(patch, t.object()), patch);
  EXPECT_EQ(t.join(patch, t.grid())->str(), "Piece");
}

TEST(IrTypes, AJoinOfTooManyKindsIsAny) {
  TypeContext t;
  const Type* joined = t.never();
  for (const Type* type : {t.integer(), t.grid(), t.object(), t.indices(), t.objects(), t.none(),
                           t.product({t.grid(), t.grid()})}) {
    joined = t.join(joined, type);
  }
  EXPECT_EQ(joined, t.any());
}

TEST(IrTypes, FullyTypedMeansNoAny) {
  TypeContext t;
  EXPECT_TRUE(isFullyTyped(t.objects()));
  EXPECT_TRUE(isFullyTyped(t.never()));
  EXPECT_FALSE(isFullyTyped(t.any()));
  EXPECT_FALSE(isFullyTyped(t.frozenset(t.any())));
  EXPECT_FALSE(isFullyTyped(t.product({t.integer(), t.any()})));
  const Type* anyParam[] = {t.any()};
  // A known primitive is typed whatever its declared parameter kinds; a signature alone is not.
  EXPECT_TRUE(isFullyTyped(t.callable(1, anyParam, t.integer(), Builder::Prim, {}, 0)));
  EXPECT_FALSE(isFullyTyped(t.callable(1, anyParam, t.integer())));
}

TEST(IrTypes, InfersThroughClosuresAndDynamicCalls) {
  Context context;
  auto id = [](std::string_view name) { return *frontend::findPrimitive(name); };
  const Node* grid = context.input(0);
  const Node* objectsArgs[] = {grid, context.boolean(true), context.boolean(false),
                               context.boolean(true)};
  const Node* objs = context.call(id("objects"), objectsArgs);
  const Node* unity[] = {context.integer(1), context.integer(1)};
  const Node* rbindArgs[] = {context.primitive(id("shift")), context.tuple(unity)};
  const Node* shifter = context.call(id("rbind"), rbindArgs);
  const Node* applyArgs[] = {shifter, objs};
  const Node* shifted = context.call(id("apply"), applyArgs);
  const Node* firstArgs[] = {shifted};
  const Node* one = context.call(id("first"), firstArgs);
  const Node* callArgs[] = {one};
  const Node* again = context.dynCall(shifter, callArgs);
  const Node* wrongArgs[] = {one, one};
  const Node* wrong = context.dynCall(shifter, wrongArgs);

  Solver solver;
  solver.name = "solve";
  solver.params = {"I"};
  const Node* pairArgs[] = {again, wrong};
  solver.root = context.call(id("astuple"), pairArgs);
  std::vector<Solver> solvers{solver};
  DuplicateGroups groups = findDuplicates(solvers);
  FusedDag dag = fuse(solvers, groups);
  NodeTypes types = inferTypes(dag);
  EXPECT_EQ(types.of(dag, grid)->str(), "Grid");
  EXPECT_EQ(types.of(dag, objs)->str(), "Objects");
  EXPECT_EQ(types.of(dag, shifter)->arity(), 1);
  EXPECT_EQ(types.of(dag, shifter)->builder(), Builder::Rbind);
  EXPECT_EQ(types.of(dag, shifted)->str(), "Objects");
  EXPECT_EQ(types.of(dag, again)->str(), "Object");
  EXPECT_EQ(types.of(dag, wrong)->str(), "Never");
  EXPECT_EQ(types.of(dag, solver.root)->str(), "Never");
}

}  // namespace
}  // namespace batt::ir
