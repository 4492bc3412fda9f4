#include "runtime/arena.h"

#include <cstdlib>
#include <new>

#include "runtime/error.h"

namespace batt::rt {
namespace {
constexpr size_t kBlock = size_t{1} << 20;
thread_local Arena tls_default;
thread_local Arena* tls_current = nullptr;
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
  size_t size = bytes > kBlock ? bytes : kBlock;
  char* p = static_cast<char*>(std::malloc(size));
  if (!p) raise(Exc::Memory);
  blocks_.push_back({p, size});
  current_ = blocks_.size() - 1;
  begin_ = cur_ = p;
  end_ = p + size;
}

void Arena::reset() {
  // Keep at most a few blocks so one huge input does not pin its memory for the whole run.
  constexpr size_t kKeep = 8;
  while (blocks_.size() > kKeep) {
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

Arena& current_arena() { return tls_current ? *tls_current : tls_default; }
void set_current_arena(Arena* a) { tls_current = a; }

Arena& immortal_arena() {
  static Arena* a = new Arena();  // never destroyed: values in it may be used until exit
  return *a;
}

}  // namespace batt::rt
