// Text from the input (solver names, sources, provenance) on its way into generated C++. Nothing
// from the input ever becomes an identifier; it appears only through these two functions, which
// make it inert whatever bytes it holds.
#pragma once
#include <string>
#include <string_view>

namespace batt::codegen {

// A C++ string literal with exactly the bytes of `text`: one or more adjacent "..." pieces, a new
// piece after each newline in `text`, the later pieces on their own lines indented by `indent`.
// Only printable ASCII other than `"`, `\` and `?` is written as itself (`?` is escaped so that
// no trigraph can form); every other byte is a three-digit octal escape, which cannot absorb the
// character after it as a hex escape would.
std::string string_literal(std::string_view text, std::string_view indent = "");

// `text` as the body of a `//` comment: one line, printable ASCII only. Every other byte, every
// backslash and a `?` before another is written as \xNN, so the text can neither end the comment
// (a newline) nor splice the next line into it (a trailing backslash, or the trigraph ??/ where
// trigraphs are enabled).
std::string comment_text(std::string_view text);

}  // namespace batt::codegen
