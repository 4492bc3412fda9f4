#include "runtime/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

namespace batt::rt {

namespace fs = std::filesystem;

fs::path temporary_path(const fs::path& path) {
  fs::path dir = path.parent_path();
  std::string name = "." + path.filename().string() + ".tmp." + std::to_string(::getpid());
  return dir.empty() ? fs::path(name) : dir / name;
}

AtomicFile::AtomicFile(fs::path path, std::ios::openmode mode) { open(std::move(path), mode); }

AtomicFile::~AtomicFile() { discard(); }

void AtomicFile::open(fs::path path, std::ios::openmode mode) {
  discard();
  path_ = std::move(path);
  temp_ = temporary_path(path_);
  out_.open(temp_, mode | std::ios::out | std::ios::trunc);
}

bool AtomicFile::commit() {
  if (!out_.is_open()) return false;
  out_.flush();
  bool ok = static_cast<bool>(out_);
  out_.close();
  ok = ok && !out_.fail();
  if (ok) {
    // The data reaches the disk before the name does, so a crash cannot leave an empty file.
    int fd = ::open(temp_.c_str(), O_RDONLY);
    if (fd >= 0) {
      ::fsync(fd);
      ::close(fd);
    }
    std::error_code ec;
    fs::rename(temp_, path_, ec);
    ok = !ec;
  }
  if (!ok) discard();
  temp_.clear();
  return ok;
}

void AtomicFile::discard() {
  if (out_.is_open()) out_.close();
  if (!temp_.empty()) {
    std::error_code ec;
    fs::remove(temp_, ec);
    temp_.clear();
  }
}

bool write_file_atomically(const fs::path& path, const std::string& text) {
  AtomicFile file(path, std::ios::binary);
  file.stream() << text;
  return file.commit();
}

}  // namespace batt::rt
