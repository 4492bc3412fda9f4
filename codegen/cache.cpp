#include "codegen/cache.h"

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>

#include <fmt/format.h>
#include <llvm/ADT/StringExtras.h>
#include <llvm/Support/SHA256.h>

namespace batt::codegen {

namespace fs = std::filesystem;

namespace {

// Fields of a hash input, separated so that no two field lists hash alike.
void field(llvm::SHA256& sha, std::string_view text) {
  sha.update(text);
  sha.update(llvm::StringRef("\0", 1));
}

std::string hex(llvm::SHA256& sha) { return llvm::toHex(sha.final(), /*LowerCase=*/true); }

}  // namespace

std::string default_cache_dir() {
  if (const char* dir = std::getenv("BATTC_CACHE_DIR"); dir && *dir) return dir;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) {
    return (fs::path(xdg) / "battc").string();
  }
  const char* home = std::getenv("HOME");
  return (fs::path(home && *home ? home : "/tmp") / ".cache" / "battc").string();
}

std::string object_key(std::string_view source, std::string_view fingerprint) {
  llvm::SHA256 sha;
  field(sha, fingerprint);
  while (!source.empty()) {
    size_t end = source.find('\n');
    std::string_view line =
        source.substr(0, end == std::string_view::npos ? source.size() : end + 1);
    source.remove_prefix(line.size());
    size_t first = line.find_first_not_of(' ');
    if (first != std::string_view::npos && line.substr(first).starts_with("//")) continue;
    sha.update(line);
  }
  return hex(sha);
}

std::string program_key(std::span<const std::string> objects,
                        std::span<const std::string> libraries, std::string_view linker) {
  llvm::SHA256 sha;
  field(sha, linker);
  for (const std::string& key : objects) field(sha, key);
  for (const std::string& library : libraries) {
    std::error_code size_error, time_error;
    auto size = fs::file_size(library, size_error);
    auto time = fs::last_write_time(library, time_error);
    field(sha, fmt::format("{} {} {}", library, size_error ? 0 : size,
                           time_error ? 0 : time.time_since_epoch().count()));
  }
  return hex(sha);
}

std::optional<std::string> BuildCache::open() const {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  if (ec) return fmt::format("cannot create the cache directory {}: {}", dir_, ec.message());
  return std::nullopt;
}

std::string BuildCache::path(std::string_view name) const {
  return (fs::path(dir_) / name).string();
}

bool BuildCache::contains(std::string_view name) const {
  std::error_code ec;
  return fs::is_regular_file(path(name), ec);
}

std::string BuildCache::temp_path(std::string_view name) const {
  static std::atomic<uint64_t> counter = 0;
  return fmt::format("{}.tmp-{}-{}", path(name), getpid(), counter++);
}

std::optional<std::string> BuildCache::commit(const std::string& temp,
                                              std::string_view name) const {
  std::error_code ec;
  fs::rename(temp, path(name), ec);
  if (!ec) return std::nullopt;
  std::string message = fmt::format("cannot store {} in the cache: {}", path(name), ec.message());
  fs::remove(temp, ec);
  return message;
}

}  // namespace batt::codegen
