#include "frontend/Unicode.h"

#include <algorithm>
#include <cstdint>
#include <span>

namespace batt::frontend {

namespace {

struct CodePointRange {
  char32_t lo, hi;
};

struct CombiningClassRange {
  char32_t lo, hi;
  uint8_t combiningClass;
};

struct Decomposition {
  char32_t from;
  uint32_t offset;  // into kDecompositionPool
  uint32_t length;
};

struct Composite {
  char32_t first, second, composite;
};

#include "frontend/UnicodeTables.inc"

bool inRanges(std::span<const CodePointRange> ranges, char32_t c) {
  auto it = std::upper_bound(ranges.begin(), ranges.end(), c,
                             [](char32_t value, const CodePointRange& r) { return value < r.lo; });
  return it != ranges.begin() && c <= std::prev(it)->hi;
}

void appendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace

std::pair<char32_t, size_t> decodeUtf8(std::string_view s) {
  auto b = static_cast<unsigned char>(s[0]);
  if (b < 0x80) return {b, 1};
  size_t length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
  char32_t cp = b & (0x7F >> length);
  for (size_t i = 1; i < length && i < s.size(); ++i) cp = (cp << 6) | (s[i] & 0x3F);
  return {cp, length};
}

bool isXidStart(char32_t c) { return inRanges(kXidStart, c); }
bool isXidContinue(char32_t c) { return inRanges(kXidContinue, c); }
bool isPrintable(char32_t c) { return inRanges(kPrintable, c); }

namespace {

// Hangul syllables decompose and compose by arithmetic (Unicode 3.12).
constexpr char32_t kSBase = 0xAC00, kLBase = 0x1100, kVBase = 0x1161, kTBase = 0x11A7;
constexpr char32_t kLCount = 19, kVCount = 21, kTCount = 28, kSCount = kLCount * kVCount * kTCount;

uint8_t combiningClass(char32_t c) {
  auto it = std::upper_bound(
      std::begin(kCombiningClass), std::end(kCombiningClass), c,
      [](char32_t value, const CombiningClassRange& r) { return value < r.lo; });
  return it != std::begin(kCombiningClass) && c <= std::prev(it)->hi ? std::prev(it)->combiningClass
                                                                       : 0;
}

void decompose(char32_t c, std::u32string& out) {
  if (c >= kSBase && c < kSBase + kSCount) {
    char32_t s = c - kSBase;
    out += kLBase + s / (kVCount * kTCount);
    out += kVBase + s % (kVCount * kTCount) / kTCount;
    if (s % kTCount != 0) out += kTBase + s % kTCount;
    return;
  }
  auto it = std::lower_bound(std::begin(kDecomposition), std::end(kDecomposition), c,
                             [](const Decomposition& d, char32_t value) { return d.from < value; });
  if (it == std::end(kDecomposition) || it->from != c) {
    out += c;
    return;
  }
  out.append(kDecompositionPool + it->offset, it->length);
}

// The primary composite of `first` and `second`, or 0.
char32_t compose(char32_t first, char32_t second) {
  if (first >= kLBase && first < kLBase + kLCount && second >= kVBase && second < kVBase + kVCount)
    return kSBase + ((first - kLBase) * kVCount + second - kVBase) * kTCount;
  if (first >= kSBase && first < kSBase + kSCount && (first - kSBase) % kTCount == 0 &&
      second > kTBase && second < kTBase + kTCount)
    return first + second - kTBase;
  auto it = std::lower_bound(std::begin(kComposite), std::end(kComposite),
                             std::pair(first, second), [](const Composite& c, auto key) {
                               return std::pair(c.first, c.second) < key;
                             });
  return it != std::end(kComposite) && it->first == first && it->second == second ? it->composite
                                                                                    : 0;
}

}  // namespace

std::string normalizeIdentifier(std::string_view name) {
  std::u32string d;
  for (size_t pos = 0; pos < name.size();) {
    auto [c, length] = decodeUtf8(name.substr(pos));
    decompose(c, d);
    pos += length;
  }
  // Canonical ordering: each run of non-starters sorted by combining class, stably.
  for (size_t i = 1; i < d.size(); ++i) {
    uint8_t cc = combiningClass(d[i]);
    for (size_t j = i; cc != 0 && j > 0 && combiningClass(d[j - 1]) > cc; --j)
      std::swap(d[j - 1], d[j]);
  }
  // Canonical composition: a character joins the last starter unless a character between them
  // blocks it (a starter, or a combining class at least its own).
  std::u32string composed;
  size_t starter = std::u32string::npos;
  for (char32_t c : d) {
    uint8_t cc = combiningClass(c);
    if (starter != std::u32string::npos) {
      uint8_t last = combiningClass(composed.back());
      bool blocked = composed.size() - 1 != starter && (last == 0 || last >= cc);
      if (char32_t composite = blocked ? 0 : compose(composed[starter], c)) {
        composed[starter] = composite;
        continue;
      }
    }
    if (cc == 0) starter = composed.size();
    composed += c;
  }
  std::string out;
  out.reserve(name.size());
  for (char32_t c : composed) appendUtf8(out, c);
  return out;
}

}  // namespace batt::frontend
