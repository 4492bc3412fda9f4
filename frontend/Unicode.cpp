#include "frontend/Unicode.h"

#include <algorithm>
#include <cstdint>
#include <span>

namespace batt::frontend {

namespace {

struct CodePointRange {
  char32_t lo, hi;
};

struct NfkcMapping {
  char32_t from;
  uint32_t offset;  // into kNfkcPool
  uint32_t length;
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

std::variant<std::string, CombiningAt> normalizeIdentifier(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (size_t pos = 0; pos < name.size();) {
    auto [c, length] = decodeUtf8(name.substr(pos));
    if (pos > 0 && inRanges(kNoBoundaryBefore, c)) return CombiningAt{pos};
    auto it = std::lower_bound(std::begin(kNfkc), std::end(kNfkc), c,
                               [](const NfkcMapping& m, char32_t value) { return m.from < value; });
    if (it != std::end(kNfkc) && it->from == c) {
      for (uint32_t k = 0; k < it->length; ++k) appendUtf8(out, kNfkcPool[it->offset + k]);
    } else {
      out.append(name.substr(pos, length));
    }
    pos += length;
  }
  return out;
}

}  // namespace batt::frontend
