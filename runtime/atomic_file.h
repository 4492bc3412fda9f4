// Output files that are never seen half-written: a file is written under a temporary name beside
// its final path and renamed onto it only when complete, so an interrupted run (SIGINT, SIGTERM,
// SIGKILL, a crash) leaves either the old file or the complete new one. An AtomicFile that is
// destroyed without commit() removes its temporary file.
#pragma once
#include <filesystem>
#include <fstream>
#include <string>

namespace batt::rt {

class AtomicFile {
 public:
  AtomicFile() = default;
  explicit AtomicFile(std::filesystem::path path, std::ios::openmode mode = std::ios::out);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();

  void open(std::filesystem::path path, std::ios::openmode mode = std::ios::out);
  bool is_open() const { return out_.is_open(); }
  std::ofstream& stream() { return out_; }
  // Flushes, syncs and renames onto the final path; false (and the temporary file removed) if
  // any write failed.
  bool commit();
  // Removes the temporary file: the final path keeps what it had.
  void discard();

 private:
  std::filesystem::path path_, temp_;
  std::ofstream out_;
};

// Writes `text` to `path` atomically; false if it could not.
bool write_file_atomically(const std::filesystem::path& path, const std::string& text);

// The temporary name of a file being written to `path`: `.NAME.tmp.PID` beside it.
std::filesystem::path temporary_path(const std::filesystem::path& path);

}  // namespace batt::rt
