#include "runtime/outcome.h"

#include <openssl/evp.h>

#include <fmt/format.h>

#include "runtime/object.h"

namespace batt::rt {

Outcome Outcome::raised(Exc e) {
  if (e == Exc::Timeout) return {Status::Timeout, e, {}};
  if (e == Exc::Memory) return {Status::Memory, e, {}};
  return {Status::Error, e, {}};
}

std::string status_text(const Outcome& o) {
  switch (o.status) {
    case Status::Ok: return "ok";
    case Status::Error: return fmt::format("error:{}", exc_name(o.exc));
    case Status::Timeout: return "timeout";
    case Status::Memory: return "memory";
  }
  return "?";
}

std::string md5_16(std::string_view s) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(s.data(), s.size(), digest, &len, EVP_md5(), nullptr);
  std::string hex;
  for (int k = 0; k < 8; ++k) fmt::format_to(std::back_inserter(hex), "{:02x}", digest[k]);
  return hex;
}

std::string outcome_columns(const Outcome& o, const std::optional<Value>& expected) {
  if (o.status != Status::Ok) return status_text(o) + "\t-\t-\t0";
  bool correct = expected && py_eq(o.value, *expected);
  return fmt::format("ok\t{}\t{}\t{}", md5_16(strict_form(o.value)), md5_16(canonical(o.value)),
                     correct ? 1 : 0);
}

}  // namespace batt::rt
