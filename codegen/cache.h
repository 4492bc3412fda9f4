// What a build can reuse, cached by content: the object of a generated file under a hash of its
// code and of everything else that decides the object (compiler, flags, included headers), and
// linked programs under a hash of their objects and libraries. An entry is written under a
// temporary name and renamed into place, so builds sharing a cache never see a partial file.
// Entries are never evicted; deleting the directory is always safe.
#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace batt::codegen {

// $BATTC_CACHE_DIR, else $XDG_CACHE_HOME/battc, else ~/.cache/battc.
std::string default_cache_dir();

// The key of a generated file's object. Whole-line `//` comments are left out: they do not reach
// the object (no debug information is generated), and they hold the provenance of each node,
// whose line numbers move whenever a solver above it in the same file changes.
std::string object_key(std::string_view source, std::string_view fingerprint);

// The key of a program linked by `linker` from `objects` (keys) and `libraries` (paths; their
// size and modification time stand for their content, which would take longer to hash than to
// link).
std::string program_key(std::span<const std::string> objects,
                        std::span<const std::string> libraries, std::string_view linker);

class BuildCache {
 public:
  explicit BuildCache(std::string dir) : dir_(std::move(dir)) {}

  // Creates the directory; an error message if it cannot.
  std::optional<std::string> open() const;
  // Where entry `name` is, whether or not it exists yet.
  std::string path(std::string_view name) const;
  bool contains(std::string_view name) const;
  // A unique file name to write entry `name` to before commit().
  std::string temp_path(std::string_view name) const;
  // Moves a finished temp_path() file into place; an error message if that fails.
  std::optional<std::string> commit(const std::string& temp, std::string_view name) const;

 private:
  std::string dir_;
};

}  // namespace batt::codegen
