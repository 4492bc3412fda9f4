// Stable 64-bit hashing for structural hashes: the same structure hashes alike on every platform,
// in every run and whatever the node numbering (no std::hash, no pointers).
#pragma once

#include <cstdint>
#include <string_view>

namespace batt::ir {

// splitmix64's finalizer: a bijection with full avalanche.
constexpr uint64_t mixBits(uint64_t x) {
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ULL;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBULL;
  x ^= x >> 31;
  return x;
}

// Order-sensitive: combine(combine(s, a), b) != combine(combine(s, b), a) in general.
constexpr uint64_t hashCombine(uint64_t seed, uint64_t value) {
  return mixBits(seed ^ (value + 0x9E3779B97F4A7C15ULL + (seed << 6) + (seed >> 2)));
}

constexpr uint64_t hashString(std::string_view text) {
  uint64_t h = 0xCBF29CE484222325ULL;  // FNV-1a
  for (char c : text) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001B3ULL;
  }
  return h;
}

}  // namespace batt::ir
