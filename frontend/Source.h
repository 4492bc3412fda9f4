// Source files and positions. Every AST node and diagnostic carries a SourceLoc; the text of every
// file stays alive in its SourceManager for as long as the names (string_views) taken from it.
#pragma once

#include <compare>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace batt::frontend {

using FileId = uint32_t;
inline constexpr FileId kNoFile = UINT32_MAX;

// A position in a source file. Lines and columns are 1-based and columns count bytes (as clang and
// CPython's ast col_offset do). line == 0 means "the file as a whole"; file == kNoFile, no file.
struct SourceLoc {
  FileId file = kNoFile;
  uint32_t line = 0;
  uint32_t col = 0;

  friend auto operator<=>(const SourceLoc&, const SourceLoc&) = default;
};

class SourceFile {
 public:
  // A leading UTF-8 byte order mark is dropped (CPython accepts one), so columns start after it.
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }
  // The text of a 1-based line, without its line terminator (\n, \r\n or \r).
  std::string_view lineText(uint32_t line) const;
  // Keeps `text` alive as long as the file and returns a view of it: the NFKC-normalized names
  // that differ from their spelling in the text (const, as lexing the file does not change it).
  std::string_view keep(std::string text) const { return kept_.emplace_back(std::move(text)); }

 private:
  std::string path_;
  std::string text_;
  mutable std::vector<uint32_t> lineStarts_;  // built on the first lineText() call
  mutable std::deque<std::string> kept_;      // stable addresses for the string_views
};

class SourceManager {
 public:
  FileId add(std::string path, std::string text);
  // Reads a file into the manager; on failure returns nullopt and sets `error` (strerror text).
  std::optional<FileId> load(const std::string& path, std::string& error);

  const SourceFile& file(FileId id) const { return *files_[id]; }

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;  // stable addresses for the string_views
};

// The byte offset of the first byte that is not part of well-formed UTF-8 (overlong forms,
// surrogates and code points above U+10FFFF are ill-formed), or nullopt when `text` is valid.
std::optional<size_t> findInvalidUtf8(std::string_view text);

// The SourceLoc of byte `offset` of `file`.
SourceLoc locationOf(const SourceFile& file, FileId id, size_t offset);

}  // namespace batt::frontend
