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

std::string default_cache_dir() {
  if (const char* dir = std::getenv("BATTC_CACHE_DIR"); dir && *dir) return dir;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) {
    return (fs::path(xdg) / "battc").string();
  }
  const char* home = std::getenv("HOME");
  return (fs::path(home && *home ? home : "/tmp") / ".cache" / "battc").string();
}

std::string cache_key(std::string_view source, std::string_view fingerprint) {
  llvm::SHA256 sha;
  sha.update(fingerprint);
  sha.update(llvm::StringRef("\0", 1));
  while (!source.empty()) {
    size_t end = source.find('\n');
    std::string_view line = source.substr(0, end == std::string_view::npos ? source.size() : end + 1);
    source.remove_prefix(line.size());
    size_t first = line.find_first_not_of(' ');
    if (first != std::string_view::npos && line.substr(first).starts_with("//")) continue;
    sha.update(line);
  }
  return llvm::toHex(sha.final(), /*LowerCase=*/true);
}

std::optional<std::string> ObjectCache::open() const {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  if (ec) return fmt::format("cannot create the cache directory {}: {}", dir_, ec.message());
  return std::nullopt;
}

std::string ObjectCache::path(std::string_view key) const {
  return (fs::path(dir_) / fmt::format("{}.o", key)).string();
}

bool ObjectCache::contains(std::string_view key) const {
  std::error_code ec;
  return fs::is_regular_file(path(key), ec);
}

std::string ObjectCache::temp_path(std::string_view key) const {
  static std::atomic<uint64_t> counter = 0;
  return (fs::path(dir_) / fmt::format("{}.o.tmp-{}-{}", key, getpid(), counter++)).string();
}

std::optional<std::string> ObjectCache::commit(const std::string& temp, std::string_view key) const {
  std::error_code ec;
  fs::rename(temp, path(key), ec);
  if (!ec) return std::nullopt;
  std::string message = fmt::format("cannot store {} in the cache: {}", path(key), ec.message());
  fs::remove(temp, ec);
  return message;
}

}  // namespace batt::codegen
