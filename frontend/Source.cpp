#include "frontend/Source.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace batt::frontend {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

std::vector<uint32_t> computeLineStarts(std::string_view text) {
  std::vector<uint32_t> starts{0};
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    if (text[i] == '\n' || text[i] == '\r') starts.push_back(static_cast<uint32_t>(i + 1));
  }
  return starts;
}

}  // namespace

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
  if (std::string_view(text_).starts_with(kByteOrderMark)) text_.erase(0, kByteOrderMark.size());
}

std::string_view SourceFile::lineText(uint32_t line) const {
  if (lineStarts_.empty()) lineStarts_ = computeLineStarts(text_);
  if (line == 0 || line > lineStarts_.size()) return {};
  size_t begin = lineStarts_[line - 1];
  size_t end = begin;
  while (end < text_.size() && text_[end] != '\n' && text_[end] != '\r') ++end;
  return std::string_view(text_).substr(begin, end - begin);
}

FileId SourceManager::add(std::string path, std::string text) {
  files_.push_back(std::make_unique<SourceFile>(std::move(path), std::move(text)));
  return static_cast<FileId>(files_.size() - 1);
}

std::optional<FileId> SourceManager::load(const std::string& path, std::string& error) {
  std::unique_ptr<FILE, int (*)(FILE*)> in(std::fopen(path.c_str(), "rb"), &std::fclose);
  std::string text;
  char buffer[1 << 16];
  if (in) {
    for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, in.get())) > 0;) {
      text.append(buffer, n);
    }
  }
  if (!in || std::ferror(in.get())) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  return add(path, std::move(text));
}

std::optional<size_t> findInvalidUtf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    unsigned char b = bytes[i];
    if (b < 0x80) {
      ++i;
      continue;
    }
    size_t length;
    unsigned char lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
    if (b >= 0xC2 && b <= 0xDF) {
      length = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      length = 3;
      if (b == 0xE0) lo = 0xA0;  // overlong
      if (b == 0xED) hi = 0x9F;  // surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
      length = 4;
      if (b == 0xF0) lo = 0x90;  // overlong
      if (b == 0xF4) hi = 0x8F;  // above U+10FFFF
    } else {
      return i;
    }
    if (i + 1 >= n || bytes[i + 1] < lo || bytes[i + 1] > hi) return i;
    for (size_t k = 2; k < length; ++k) {
      if (i + k >= n || bytes[i + k] < 0x80 || bytes[i + k] > 0xBF) return i;
    }
    i += length;
  }
  return std::nullopt;
}

SourceLoc locationOf(const SourceFile& file, FileId id, size_t offset) {
  std::vector<uint32_t> starts = computeLineStarts(file.text());
  auto next = std::upper_bound(starts.begin(), starts.end(), static_cast<uint32_t>(offset));
  auto line = static_cast<uint32_t>(next - starts.begin());
  return {id, line, static_cast<uint32_t>(offset - starts[line - 1] + 1)};
}

}  // namespace batt::frontend
