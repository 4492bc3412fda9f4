// Compiled objects cached by content: the key of a generated file is a hash of its code and of
// everything else that decides the object (compiler, flags, the headers it includes). An object
// is written under a temporary name and renamed into place, so concurrent builds sharing a cache
// never see a partial file. Entries are never evicted; deleting the directory is always safe.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace batt::codegen {

// $BATTC_CACHE_DIR, else $XDG_CACHE_HOME/battc, else ~/.cache/battc.
std::string default_cache_dir();

// The key of a generated file. Whole-line `//` comments are left out: they do not reach the
// object (no debug information is generated), and they hold the provenance of each node, whose
// line numbers move whenever a solver above it in the same file changes.
std::string cache_key(std::string_view source, std::string_view fingerprint);

class ObjectCache {
 public:
  explicit ObjectCache(std::string dir) : dir_(std::move(dir)) {}

  // Creates the directory; an error message if it cannot.
  std::optional<std::string> open() const;
  // Where the object of `key` is, whether or not it exists yet.
  std::string path(std::string_view key) const;
  bool contains(std::string_view key) const;
  // A unique file name to compile the object of `key` to before commit().
  std::string temp_path(std::string_view key) const;
  // Moves a finished temp_path() file into place; an error message if that fails.
  std::optional<std::string> commit(const std::string& temp, std::string_view key) const;

 private:
  std::string dir_;
};

}  // namespace batt::codegen
