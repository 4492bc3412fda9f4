#include "codegen/build.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include "codegen/cache.h"
#include "codegen/compile.h"

namespace batt::codegen {

namespace {

// Generated code is a sequence of calls into the runtime; the optimizer has little to gain there
// and compile time is what a rebuild waits for (docs/codegen.md has the measurements).
const std::vector<std::string> kFlags = {"-std=c++20", "-O1"};

class Stopwatch {
 public:
  double seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

// Compiles files[k] for every k in `todo` on `jobs` threads. Returns false after the first
// failure (the files already started still finish), with its messages in `diagnostics`.
bool compile_all(const Compiler& compiler, const ObjectCache& cache, const Emitted& emitted,
                 const std::vector<std::string>& keys, const std::vector<size_t>& todo,
                 unsigned jobs, BuildResult& result) {
  std::atomic<size_t> next = 0;
  std::atomic<bool> failed = false;
  std::mutex mutex;  // guards result.diagnostics
  auto worker = [&] {
    for (size_t t; !failed && (t = next++) < todo.size();) {
      size_t k = todo[t];
      const SourceFile& file = emitted.files[k];
      Stopwatch watch;
      std::string temp = cache.temp_path(keys[k]);
      ToolResult compiled = compiler.compile(file.name, file.text, temp);
      std::optional<std::string> stored;
      if (compiled.ok) stored = cache.commit(temp, keys[k]);
      result.units[k].seconds = watch.seconds();
      if (compiled.ok && !stored) continue;
      failed = true;
      std::lock_guard lock(mutex);
      result.diagnostics += compiled.ok ? *stored + "\n" : compiled.diagnostics;
    }
  };
  std::vector<std::thread> threads;
  for (unsigned j = 1; j < std::min<size_t>(jobs, todo.size()); ++j) threads.emplace_back(worker);
  worker();
  for (std::thread& thread : threads) thread.join();
  return !failed;
}

}  // namespace

BuildResult build_batt(const Emitted& emitted, const BuildOptions& options) {
  Stopwatch total;
  BuildResult result;
  Toolchain toolchain = default_toolchain();
  std::variant<Compiler, std::string> created = Compiler::create(toolchain, kFlags);
  if (auto* error = std::get_if<std::string>(&created)) {
    result.diagnostics = *error;
    return result;
  }
  const Compiler& compiler = std::get<Compiler>(created);
  ObjectCache cache(options.cache_dir.empty() ? default_cache_dir() : options.cache_dir);
  if (std::optional<std::string> error = cache.open()) {
    result.diagnostics = *error + "\n";
    return result;
  }

  std::vector<std::string> keys, objects;
  std::vector<size_t> todo;
  for (size_t k = 0; k < emitted.files.size(); ++k) {
    const SourceFile& file = emitted.files[k];
    keys.push_back(cache_key(file.text, compiler.fingerprint()));
    objects.push_back(cache.path(keys.back()));
    bool cached = cache.contains(keys.back());
    result.units.push_back({file.name, cached, 0});
    if (!cached) todo.push_back(k);
  }
  // Largest first, so that no big file starts last and leaves the other threads idle.
  std::stable_sort(todo.begin(), todo.end(), [&](size_t a, size_t b) {
    return emitted.files[a].text.size() > emitted.files[b].text.size();
  });
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());

  Stopwatch compiling;
  bool compiled = compile_all(compiler, cache, emitted, keys, todo, jobs, result);
  result.compile_seconds = compiling.seconds();
  if (!compiled) return result;

  Stopwatch linking;
  ToolResult linked = link_executable(toolchain, objects, options.output);
  result.link_seconds = linking.seconds();
  result.diagnostics += linked.diagnostics;
  result.ok = linked.ok;
  result.total_seconds = total.seconds();
  return result;
}

}  // namespace batt::codegen
