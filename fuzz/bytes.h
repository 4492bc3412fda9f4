// Reading a fuzzer's bytes as choices: each read takes the next byte (0 once they run out), so
// every input, however short, decodes to something.
#pragma once
#include <cstddef>
#include <cstdint>

namespace batt::fuzz {

class Bytes {
 public:
  Bytes(const uint8_t* data, size_t size) : p_(data), end_(data + size) {}
  bool empty() const { return p_ == end_; }
  uint8_t byte() { return p_ == end_ ? 0 : *p_++; }
  // A number in [0, n), n > 0.
  size_t below(size_t n) {
    size_t v = byte();
    if (n > 256) v = v << 8 | byte();
    return v % n;
  }

 private:
  const uint8_t* p_;
  const uint8_t* end_;
};

}  // namespace batt::fuzz
