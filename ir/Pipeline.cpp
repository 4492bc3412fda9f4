#include "ir/Pipeline.h"

#include <algorithm>
#include <array>
#include <chrono>

#include "frontend/Parser.h"
#include "frontend/Read.h"
#include "frontend/Resolve.h"
#include "ir/Inline.h"
#include "ir/Normalize.h"
#include "ir/Types.h"

namespace batt::ir {

namespace {

// The pipeline. Per function: parse, resolve, inline (the AST of a function is dropped once it is
// lowered). Then over all solvers: normalize, dedupe, fuse, types.
constexpr std::array<std::string_view, 8> kPasses = {"read",      "parse",  "resolve", "inline",
                                                     "normalize", "dedupe", "fuse",    "types"};
constexpr std::array<std::string_view, 1> kDisablable = {"normalize"};

class PassTimer {
 public:
  PassTimer() {
    for (std::string_view pass : kPasses) timings_.push_back({pass, 0});
  }

  template <typename Run>
  decltype(auto) time(std::string_view pass, Run&& run) {
    auto start = std::chrono::steady_clock::now();
    struct Stop {
      double& total;
      std::chrono::steady_clock::time_point start;
      ~Stop() {
        total += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      }
    } stop{slot(pass), start};
    return run();
  }

  std::vector<PassTiming> timings() const { return timings_; }

 private:
  double& slot(std::string_view pass) {
    auto it = std::find_if(timings_.begin(), timings_.end(),
                           [&](const PassTiming& t) { return t.pass == pass; });
    return it->seconds;
  }

  std::vector<PassTiming> timings_;
};

}  // namespace

std::span<const std::string_view> disablablePasses() { return kDisablable; }

namespace {

// The pipeline over `count` files; read(k, program) adds file k to program->sources.
template <typename Read>
std::unique_ptr<Program> compileFiles(size_t count, Read&& read, const PipelineOptions& options,
                                      frontend::DiagnosticEngine& diags) {
  auto program = std::make_unique<Program>();
  auto enabled = [&](std::string_view pass) {
    return std::find(options.disabledPasses.begin(), options.disabledPasses.end(), pass) ==
           options.disabledPasses.end();
  };
  PassTimer timer;
  frontend::Resolver resolver(diags);

  for (size_t k = 0; k < count; ++k) {
    std::optional<frontend::FileId> file = timer.time("read", [&] { return read(k, *program); });
    if (!file) continue;
    frontend::Module module{*file, {}, {}};
    resolver.setModuleFunctions(program->sources.file(*file).text());
    frontend::Parser parser(program->sources.file(*file), *file, diags);
    size_t functions = 0;
    for (;;) {
      std::optional<frontend::Function> fn =
          timer.time("parse", [&] { return parser.nextFunction(); });
      if (!fn) break;
      ++functions;
      if (timer.time("resolve", [&] { return resolver.resolve(*fn, parser.importedNames()); })) {
        program->solvers.push_back(
            timer.time("inline", [&] { return inlineSolver(*fn, program->context); }));
      } else {
        program->skipped.push_back(fn->name);
      }
      if (options.keepAst) module.functions.push_back(std::move(*fn));
    }
    const std::vector<std::string_view>& broken = parser.skippedFunctions();
    program->skipped.insert(program->skipped.end(), broken.begin(), broken.end());
    if (functions == 0 && broken.empty()) {
      diags.warning({*file, 0, 0}, "no solver functions in this file");
    }
    if (options.keepAst) {
      module.imports = parser.imports();
      program->modules.push_back(std::move(module));
    }
  }

  if (enabled("normalize")) {
    timer.time("normalize", [&] { normalize(program->solvers, program->context); });
  }
  program->duplicates = timer.time("dedupe", [&] { return findDuplicates(program->solvers); });
  program->dag = timer.time("fuse", [&] { return fuse(program->solvers, program->duplicates); });
  program->types = timer.time("types", [&] { return inferTypes(program->dag); });
  program->timings = timer.timings();
  return program;
}

}  // namespace

std::unique_ptr<Program> compile(std::span<const std::string> paths, const PipelineOptions& options,
                                 frontend::DiagnosticEngine& diags) {
  return compileFiles(
      paths.size(),
      [&](size_t k, Program& program) {
        return frontend::readSolverFile(paths[k], program.sources, diags);
      },
      options, diags);
}

std::unique_ptr<Program> compileSources(std::span<const SourceText> files,
                                        const PipelineOptions& options,
                                        frontend::DiagnosticEngine& diags) {
  return compileFiles(
      files.size(),
      [&](size_t k, Program& program) {
        return frontend::addSolverText(files[k].name, files[k].text, program.sources, diags);
      },
      options, diags);
}

}  // namespace batt::ir
