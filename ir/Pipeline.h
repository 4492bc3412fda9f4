// The compilation pipeline from solver files to the fused DAG. Pipeline.cpp lists the passes in
// order; this is the place to add, time or switch one off.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/Ast.h"
#include "frontend/Diagnostics.h"
#include "ir/Context.h"
#include "ir/Dedupe.h"
#include "ir/Fuse.h"
#include "ir/Solver.h"
#include "ir/Types.h"

namespace batt::ir {

struct PipelineOptions {
  bool keepAst = false;                     // keep every Module for --emit=ast
  std::vector<std::string> disabledPasses;  // names from disablablePasses()
};

struct PassTiming {
  std::string_view pass;
  double seconds = 0;
};

struct Program {
  frontend::SourceManager sources;        // owns the text every name views
  std::vector<frontend::Module> modules;  // with keepAst only
  Context context;
  std::vector<Solver> solvers;            // the compiled solvers, in input order
  std::vector<std::string_view> skipped;  // functions not compiled because of errors
  DuplicateGroups duplicates;
  FusedDag dag;
  NodeTypes types;  // per node of `dag`
  std::vector<PassTiming> timings;  // every pass, in pipeline order
};

// The passes that --disable-pass accepts (the others are needed for a result).
std::span<const std::string_view> disablablePasses();

// Compiles every function of every file. Errors are reported to `diags` and the functions they
// occur in are skipped; the Program holds everything else.
std::unique_ptr<Program> compile(std::span<const std::string> paths, const PipelineOptions& options,
                                 frontend::DiagnosticEngine& diags);

// The same over solver files held in memory (name, text): the fuzz targets' entry. The names
// stand for paths in diagnostics.
struct SourceText {
  std::string name;
  std::string text;
};
std::unique_ptr<Program> compileSources(std::span<const SourceText> files,
                                        const PipelineOptions& options,
                                        frontend::DiagnosticEngine& diags);

}  // namespace batt::ir
