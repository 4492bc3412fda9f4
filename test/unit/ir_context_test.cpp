// The IR factory: interning, validation, structural hashes.
#include <gtest/gtest.h>

#include "frontend/Builtins.h"
#include "ir/Context.h"

namespace batt::ir {
namespace {

PrimitiveId primitive(std::string_view name) { return *frontend::findPrimitive(name); }

TEST(IrContext, InternsEqualStructureAsOneNode) {
  Context context;
  const Node* input = context.input(0);
  const Node* args[] = {input};
  const Node* a = context.call(primitive("vmirror"), args);
  const Node* b = context.call(primitive("vmirror"), args);
  const Node* c = context.call(primitive("hmirror"), args);
  EXPECT_EQ(a, b);
  EXPECT_NE(a, c);
  EXPECT_EQ(context.input(0), input);
  EXPECT_NE(context.input(1), input);
}

TEST(IrContext, BoolsAndIntsAreDifferentNodes) {
  Context context;
  EXPECT_EQ(context.boolean(true), context.boolean(true));
  EXPECT_NE(context.boolean(true), context.integer(1));
  EXPECT_NE(context.boolean(false), context.integer(0));
  EXPECT_NE(context.boolean(true)->hash(), context.integer(1)->hash());
  const Node* trueOne[] = {context.boolean(true), context.integer(1)};
  const Node* oneOne[] = {context.integer(1), context.integer(1)};
  EXPECT_NE(context.tuple(trueOne), context.tuple(oneOne));
}

TEST(IrContext, OperandsAreOlderThanTheirUsers) {
  Context context;
  const Node* grid[] = {context.input(0)};
  const Node* mirrored = context.call(primitive("vmirror"), grid);
  const Node* pair[] = {mirrored, context.input(0)};
  const Node* joined = context.call(primitive("hconcat"), pair);
  for (const Node* operand : joined->operands()) EXPECT_LT(operand->id(), joined->id());
  EXPECT_EQ(context.node(joined->id()), joined);
}

TEST(IrContext, HashesDependOnStructureOnly) {
  Context first;
  Context second;
  second.integer(42);  // shifts every id in `second`
  auto build = [](Context& context) {
    const Node* elements[] = {context.integer(0), context.integer(-1)};
    const Node* args[] = {context.input(0), context.tuple(elements)};
    return context.call(primitive("shift"), args);
  };
  const Node* a = build(first);
  const Node* b = build(second);
  EXPECT_NE(a->id(), b->id());
  EXPECT_EQ(a->hash(), b->hash());
}

TEST(IrContext, DynamicCallsKeepTheCallee) {
  Context context;
  const Node* args[] = {context.input(0)};
  const Node* call = context.dynCall(context.input(1), args);
  EXPECT_EQ(call->op(), Op::DynCall);
  EXPECT_EQ(call->callee(), context.input(1));
  ASSERT_EQ(call->arguments().size(), 1u);
  EXPECT_EQ(call->arguments()[0], context.input(0));
  EXPECT_TRUE(call->isCall());
}

TEST(IrContext, RejectsMalformedNodes) {
  Context context;
  const Node* one[] = {context.input(0)};
  EXPECT_THROW(context.call(primitive("hconcat"), one), frontend::InternalError);
  EXPECT_THROW(context.tuple(one), frontend::InternalError);
  EXPECT_THROW(context.input(0)->intValue(), frontend::InternalError);
  EXPECT_THROW(context.integer(3)->primitive(), frontend::InternalError);
}

}  // namespace
}  // namespace batt::ir
