// Bump allocation for values. Every thread allocates in its current arena; the executor resets a
// thread's arena after each input, so memory is bounded by one input's working set per thread.
// Constants of a program are built once in an immortal arena (ImmortalScope) and shared read-only.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace batt::rt {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena();

  void* alloc(size_t bytes) {
    bytes = (bytes + 15) & ~size_t{15};
    if (static_cast<size_t>(end_ - cur_) < bytes) grow(bytes);
    void* p = cur_;
    cur_ += bytes;
    return p;
  }
  // Frees everything allocated since construction (keeps the first block for reuse).
  void reset();

  // A position to roll back to: everything allocated after mark() is freed by rollback(m).
  // Used to drop the partial allocations of an evaluation that raised.
  struct Mark {
    size_t block;
    char* cur;
    size_t used_before;
  };
  Mark mark() const { return {current_, cur_, used_before_}; }
  // Whether `p` was allocated by this arena after `m` was taken.
  bool allocated_since(const Mark& m, const void* p) const;
  // The address ranges allocated after `m` was taken, one per block (for many such questions).
  struct Range {
    const char* lo;
    const char* hi;
  };
  std::vector<Range> ranges_since(const Mark& m) const;
  size_t bytes_since(const Mark& m) const {
    return bytes_in_use() - (m.used_before + static_cast<size_t>(m.cur ? m.cur - blocks_[m.block].data : 0));
  }

  void rollback(const Mark& m) {
    current_ = m.block;
    used_before_ = m.used_before;
    if (blocks_.empty()) return;
    begin_ = blocks_[current_].data;
    end_ = begin_ + blocks_[current_].size;
    cur_ = m.cur ? m.cur : begin_;  // a mark taken before the first block means its start
  }
  size_t bytes_in_use() const { return used_before_ + static_cast<size_t>(cur_ - begin_); }
  // Allocation beyond this many bytes raises Exc::Memory (0 = unlimited).
  void set_limit(size_t bytes) { limit_ = bytes; }

 private:
  void grow(size_t bytes);
  struct Block {
    char* data;
    size_t size;
  };
  std::vector<Block> blocks_;
  size_t current_ = 0;
  char* begin_ = nullptr;
  char* cur_ = nullptr;
  char* end_ = nullptr;
  size_t used_before_ = 0;
  size_t limit_ = 0;
};

// The arena values are allocated in on this thread (a per-thread default unless set).
Arena& default_arena();
inline thread_local Arena* tls_current_arena = nullptr;
inline Arena& current_arena() { return tls_current_arena ? *tls_current_arena : default_arena(); }
inline void set_current_arena(Arena* a) { tls_current_arena = a; }

// Allocate in the current arena.
inline void* arena_alloc(size_t bytes) { return current_arena().alloc(bytes); }

// RAII: allocate in `a` while in scope.
class ArenaScope {
 public:
  explicit ArenaScope(Arena& a) : prev_(&current_arena()) { set_current_arena(&a); }
  ~ArenaScope() { set_current_arena(prev_); }
  ArenaScope(const ArenaScope&) = delete;
  ArenaScope& operator=(const ArenaScope&) = delete;

 private:
  Arena* prev_;
};

// The process-wide arena for values that outlive every input (program constants, task grids).
Arena& immortal_arena();

// Per thread, beside the current arena: where the results of evaluations that allocated a lot
// are moved, so that their temporaries can be rolled back (node_eval.h). Reset with the current
// arena after each batch.
Arena& spill_arena();

}  // namespace batt::rt
