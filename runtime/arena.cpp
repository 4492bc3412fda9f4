#include "runtime/arena.h"

#include <algorithm>
#include <cstdlib>
#include <new>

#include "runtime/error.h"

namespace batt::rt {
namespace {
// Blocks grow geometrically from kBlock to kMaxBlock, so an input that allocates a lot takes a
// few large blocks instead of many small ones; reset() keeps up to kKeepBytes of them, so the
// next input reuses memory instead of asking the system again (page faults cost more than the
// work on large grids).
constexpr size_t kBlock = size_t{1} << 20;
constexpr size_t kMaxBlock = size_t{64} << 20;
constexpr size_t kKeepBytes = size_t{128} << 20;
}  // namespace

Arena::~Arena() {
  for (auto& b : blocks_) std::free(b.data);
}

void Arena::grow(size_t bytes) {
  used_before_ += static_cast<size_t>(cur_ - begin_);
  if (limit_ && used_before_ + bytes > limit_) raise(Exc::Memory);
  // Reuse a later block kept by reset() when it is big enough.
  while (current_ + 1 < blocks_.size()) {
    ++current_;
    if (blocks_[current_].size >= bytes) {
      begin_ = cur_ = blocks_[current_].data;
      end_ = begin_ + blocks_[current_].size;
      return;
    }
  }
  size_t size = blocks_.empty() ? kBlock : std::min(blocks_.back().size * 2, kMaxBlock);
  if (size < bytes) size = bytes;
  char* p = static_cast<char*>(std::malloc(size));
  if (!p) raise(Exc::Memory);
  blocks_.push_back({p, size});
  current_ = blocks_.size() - 1;
  begin_ = cur_ = p;
  end_ = p + size;
}

void Arena::reset() {
  // Keep the first blocks up to kKeepBytes, so one huge input does not pin its memory for the
  // whole run.
  size_t kept = 0, keep = 0;
  while (keep < blocks_.size() && kept + blocks_[keep].size <= kKeepBytes) kept += blocks_[keep++].size;
  while (blocks_.size() > keep) {
    std::free(blocks_.back().data);
    blocks_.pop_back();
  }
  current_ = 0;
  used_before_ = 0;
  if (blocks_.empty()) {
    begin_ = cur_ = end_ = nullptr;
  } else {
    begin_ = cur_ = blocks_[0].data;
    end_ = begin_ + blocks_[0].size;
  }
}

bool Arena::allocated_since(const Mark& m, const void* p) const {
  const char* c = static_cast<const char*>(p);
  if (blocks_.empty()) return false;
  const Block& first = blocks_[m.block];
  const char* from = m.cur ? m.cur : first.data;
  if (m.block == current_) return c >= from && c < cur_;
  if (c >= from && c < first.data + first.size) return true;
  for (size_t k = m.block + 1; k <= current_; ++k) {
    const Block& b = blocks_[k];
    if (c >= b.data && c < (k == current_ ? cur_ : b.data + b.size)) return true;
  }
  return false;
}

std::vector<Arena::Range> Arena::ranges_since(const Mark& m) const {
  std::vector<Range> out;
  if (blocks_.empty()) return out;
  for (size_t k = m.block; k <= current_; ++k) {
    const Block& b = blocks_[k];
    const char* lo = k == m.block && m.cur ? m.cur : b.data;
    const char* hi = k == current_ ? cur_ : b.data + b.size;
    if (lo < hi) out.push_back({lo, hi});
  }
  return out;
}

Arena& spill_arena() {
  thread_local Arena spill;
  return spill;
}

Arena& default_arena() {
  thread_local Arena arena;
  return arena;
}

Arena& immortal_arena() {
  static Arena* a = new Arena();  // never destroyed: values in it may be used until exit
  return *a;
}

}  // namespace batt::rt
