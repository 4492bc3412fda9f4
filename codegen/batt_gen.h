// The one header generated batt code includes. It is kept free of standard-library and runtime
// headers on purpose: every shard parses it, and including runtime/batt_abi.h instead would cost
// about 0.9 s per translation unit, more than compiling a shard of 500 nodes.
//
// A generated shard is a function holding the evaluation of some nodes of the fused DAG, one
// `case` per node, each one call of a helper below (defined out of line in batt_gen.cpp, linked
// into BATT). The generated program table (`program`) holds everything else as data, including
// the schedule that calls the shards' nodes in the fused DAG's order; batt_gen.cpp turns it into
// the runtime's BattProgram (runtime/batt_abi.h).
#pragma once
#include <cstdint>
#include <initializer_list>

#include "runtime/prim_decls.h"

// The namespace of generated code and of the helpers it calls.
namespace batt::gen {

using rt::Value;

// The batch being evaluated, seen from one shard: where the outcomes of the shard's nodes are
// for every input. Shards refer to nodes by shard-local numbers, so that a shard's code does not
// change when nodes are added elsewhere in the program.
struct Batch;

using Prim1 = Value (*)(const Value&);
using Prim2 = Value (*)(const Value&, const Value&);
using Prim3 = Value (*)(const Value&, const Value&, const Value&);
using Prim4 = Value (*)(const Value&, const Value&, const Value&, const Value&);

// Node `out` = fn(a, ...) on every input of the batch: a Call node, with the interpreter's
// semantics (the first failed argument is the result; otherwise the call in a Python frame,
// charged one unit, within a fresh budget; an exception becomes the outcome).
void eval(Batch& batch, uint32_t out, Prim1 fn, uint32_t a);
void eval(Batch& batch, uint32_t out, Prim2 fn, uint32_t a, uint32_t b);
void eval(Batch& batch, uint32_t out, Prim3 fn, uint32_t a, uint32_t b, uint32_t c);
void eval(Batch& batch, uint32_t out, Prim4 fn, uint32_t a, uint32_t b, uint32_t c, uint32_t d);
// Node `out` = operands[0](operands[1], ...) on every input: a DynCall node.
void eval_dynamic(Batch& batch, uint32_t out, std::initializer_list<uint32_t> operands);
// Node `out` = (operands[0], operands[1], ...): a tuple display built at run time.
void eval_tuple(Batch& batch, uint32_t out, std::initializer_list<uint32_t> operands);
// Node `out` = a solver's body: the first of its lines (in program order) that failed, else the
// last operand (the returned value).
void eval_seq(Batch& batch, uint32_t out, std::initializer_list<uint32_t> operands);

// Evaluates the shard's node number `step` (in the shard's own order) for the whole batch.
using ShardFn = void (*)(Batch& batch, uint32_t step);

// ---- the program table the generated main file defines ----

struct Solver {
  const char* name;
  uint32_t unique;
  const char* body_hash;
  const char* duplicate_of;
  const char* source;
};

// A constant value, flattened in prefix order: a tuple is followed by its `value` elements.
struct Constant {
  enum Kind : uint8_t { None, Bool, Int, Tuple };
  Kind kind;
  int64_t value;
};

// A node that needs no evaluation code: filled in for each batch before the schedule runs.
struct Leaf {
  enum Op : uint8_t {
    Input,    // payload: the parameter number
    Const,    // payload: the index of the constant's first item in `constants`
    PrimRef,  // payload: the primitive id
    Raise,    // payload: the exception (rt::Exc) every evaluation of it raises
  };
  Op op;
  uint32_t node;
  uint32_t payload;
};

struct Shard {
  ShardFn run;
  const uint32_t* nodes;  // shard-local number -> node index in the program
};

// One call node of the schedule: step `step` of shard `shard`.
struct Step {
  uint32_t shard;
  uint32_t step;
};

struct Program {
  uint32_t num_nodes;  // slots per input; nodes are numbered as in the fused DAG
  const Solver* solvers;
  uint32_t num_solvers;
  uint32_t num_unique;
  uint32_t dag_nodes;  // as reported in the run summary
  const Constant* constants;
  const Leaf* leaves;
  uint32_t num_leaves;
  const Shard* shards;
  uint32_t num_shards;
  // Every call node, in the order of the fused DAG: the order in which the interpreter evaluates
  // them, which decides which node meets a memory limit first.
  const Step* schedule;
  uint32_t num_steps;
  const uint32_t* roots;  // per unique solver: the node holding its result
};

// Defined by the generated main file.
extern const Program program;

}  // namespace batt::gen
