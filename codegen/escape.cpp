#include "codegen/escape.h"

#include <fmt/format.h>

namespace batt::codegen {

namespace {

bool printable(unsigned char c) { return c >= 0x20 && c <= 0x7e; }

}  // namespace

std::string string_literal(std::string_view text, std::string_view indent) {
  std::string out = "\"";
  for (size_t k = 0; k < text.size(); ++k) {
    auto c = static_cast<unsigned char>(text[k]);
    if (c == '\n') {
      out += "\\n\"";
      if (k + 1 == text.size()) return out;
      fmt::format_to(std::back_inserter(out), "\n{}\"", indent);
    } else if (printable(c) && c != '"' && c != '\\' && c != '?') {
      out += text[k];
    } else {
      fmt::format_to(std::back_inserter(out), "\\{:03o}", c);
    }
  }
  return out + "\"";
}

std::string comment_text(std::string_view text) {
  std::string out;
  for (size_t k = 0; k < text.size(); ++k) {
    auto c = static_cast<unsigned char>(text[k]);
    bool trigraph = c == '?' && k + 1 < text.size() && text[k + 1] == '?';
    if (printable(c) && c != '\\' && !trigraph)
      out += text[k];
    else
      fmt::format_to(std::back_inserter(out), "\\x{:02x}", c);
  }
  return out;
}

}  // namespace batt::codegen
