// Text forms of the IR: --emit=ir (each solver's inlined body), --emit=dag (the fused DAG), the
// inspect summary line. Calls are numbered %N in order; constants and primitives print inline as
// their Python repr and name.
#pragma once

#include <iosfwd>
#include <span>
#include <string>

#include "ir/Dedupe.h"
#include "ir/Fuse.h"
#include "ir/Solver.h"
#include "ir/Types.h"

namespace batt::ir {

// 16 lowercase hex digits.
std::string formatHash(uint64_t hash);

// "NameError", "UnboundLocalError", "TypeError".
std::string_view raisedErrorName(RaisedError error);

// A solver's body, one call per line, its inputs by parameter name. With `dag`, each call used by
// other unique solvers too is annotated with their number.
void printSolver(std::ostream& out, const Solver& solver, const FusedDag* dag = nullptr);

// --emit=types: a solver's nodes in the order printSolver prints its calls, leaves included, each
// with its type and the source line (file:line) whose value it is.
void printSolverTypes(std::ostream& out, const Solver& solver, const FusedDag& dag,
                      const NodeTypes& types, const frontend::SourceManager& sources);

// "typed solvers: 395 of 400 (every node typed)": the unique solvers none of whose nodes is
// typed with an Any in it (isFullyTyped).
std::string formatTypedSummary(std::span<const Solver> solvers, const DuplicateGroups& duplicates,
                               const FusedDag& dag, const NodeTypes& types);

void printDag(std::ostream& out, const FusedDag& dag, std::span<const Solver> solvers,
              const DuplicateGroups& duplicates);

// "400 solvers, 391 unique, 8 duplicate groups, 3929 call nodes, ..." (the first four fields are
// a contract; more may follow).
std::string formatSummary(std::span<const Solver> solvers, const DuplicateGroups& duplicates,
                          const DagStats& stats, size_t skipped);

}  // namespace batt::ir
