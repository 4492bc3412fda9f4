#include "codegen/build.h"

#include <filesystem>

#include <fmt/format.h>

#include "runtime/atomic_file.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include "codegen/cache.h"
#include "codegen/compile.h"

namespace batt::codegen {

namespace {

// Generated code is a switch of calls into the runtime: -O0 already makes it a jump table of
// direct calls, and compiles the 400 reference solvers in 40% less time than -O1
// (docs/codegen.md has the measurements).
const std::vector<std::string> kFlags = {"-std=c++20", "-O0"};

class Stopwatch {
 public:
  double seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

struct Unit {
  const SourceFile* file;
  std::string object;  // its cache entry
  UnitReport* report;
};

// Compiles every unit on `jobs` threads into the cache. After a failure no new unit starts;
// returns false with the messages in `diagnostics`.
bool compile_all(const Compiler& compiler, const BuildCache& cache, std::vector<Unit> units,
                 unsigned jobs, std::string& diagnostics) {
  // Largest first, so that no big file starts last and leaves the other threads idle.
  std::stable_sort(units.begin(), units.end(), [](const Unit& a, const Unit& b) {
    return a.file->text.size() > b.file->text.size();
  });
  std::atomic<size_t> next = 0;
  std::atomic<bool> failed = false;
  std::mutex mutex;  // guards diagnostics
  auto worker = [&] {
    for (size_t k; !failed && (k = next++) < units.size();) {
      const Unit& unit = units[k];
      Stopwatch watch;
      std::string temp = cache.temp_path(unit.object);
      ToolResult compiled = compiler.compile(unit.file->name, unit.file->text, temp);
      std::optional<std::string> stored;
      if (compiled.ok) stored = cache.commit(temp, unit.object);
      unit.report->seconds = watch.seconds();
      if (compiled.ok && !stored) continue;
      failed = true;
      std::lock_guard lock(mutex);
      diagnostics += compiled.ok ? *stored + "\n" : compiled.diagnostics;
    }
  };
  std::vector<std::thread> threads;
  for (size_t t = 1; t < std::min<size_t>(jobs, units.size()); ++t) threads.emplace_back(worker);
  worker();
  for (std::thread& thread : threads) thread.join();
  return !failed;
}

bool build(const Emitted& emitted, const BuildOptions& options, BuildResult& result) {
  Toolchain toolchain = default_toolchain();
  std::variant<Compiler, std::string> created = Compiler::create(toolchain, kFlags);
  if (auto* error = std::get_if<std::string>(&created)) {
    result.diagnostics = *error + "\n";
    return false;
  }
  const Compiler& compiler = std::get<Compiler>(created);
  BuildCache cache(options.cache_dir.empty() ? default_cache_dir() : options.cache_dir);
  if (std::optional<std::string> error = cache.open()) {
    result.diagnostics = *error + "\n";
    return false;
  }

  std::vector<std::string> keys, objects;
  result.units.reserve(emitted.files.size());
  std::vector<Unit> missing;
  for (const SourceFile& file : emitted.files) {
    keys.push_back(object_key(file.text, compiler.fingerprint()));
    std::string object = keys.back() + ".o";
    objects.push_back(cache.path(object));
    result.units.push_back({file.name, cache.contains(object), 0});
    if (!result.units.back().cached) missing.push_back({&file, object, &result.units.back()});
  }
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  Stopwatch compiling;
  bool compiled = compile_all(compiler, cache, std::move(missing), jobs, result.diagnostics);
  result.compile_seconds = compiling.seconds();
  if (!compiled) return false;

  Stopwatch linking;
  std::string program = "batt-" + program_key(keys, toolchain.link_inputs, toolchain.linker);
  result.executable = options.output.empty() ? cache.path(program) : options.output;
  result.link_cached = options.output.empty() && cache.contains(program);
  if (!result.link_cached) {
    // Linked under a temporary name and renamed: an interrupted build leaves no partial program.
    std::string target = options.output.empty() ? cache.temp_path(program)
                                                : rt::temporary_path(options.output).string();
    ToolResult linked = link_executable(toolchain, objects, target);
    result.diagnostics += linked.diagnostics;
    std::error_code ec;
    if (!linked.ok) {
      std::filesystem::remove(target, ec);
      return false;
    }
    if (options.output.empty()) {
      if (std::optional<std::string> error = cache.commit(target, program)) {
        result.diagnostics += *error + "\n";
        return false;
      }
    } else {
      std::filesystem::rename(target, options.output, ec);
      if (ec) {
        result.diagnostics += fmt::format("cannot write '{}': {}\n", options.output, ec.message());
        std::filesystem::remove(target, ec);
        return false;
      }
    }
  }
  result.link_seconds = linking.seconds();
  return true;
}

}  // namespace

BuildResult build_batt(const Emitted& emitted, const BuildOptions& options) {
  Stopwatch total;
  BuildResult result;
  result.ok = build(emitted, options, result);
  result.total_seconds = total.seconds();
  return result;
}

}  // namespace batt::codegen
