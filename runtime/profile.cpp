#include "runtime/profile.h"

#include <algorithm>
#include <charconv>
#include <iterator>

#include <fmt/format.h>

namespace batt::rt {

void NodeProfile::add(Status status, int64_t fuel, double s) {
  ++evaluations;
  ok += status == Status::Ok;
  errors += status == Status::Error;
  timeouts += status == Status::Timeout || status == Status::Memory;
  fuel_total += fuel;
  fuel_max = std::max(fuel_max, fuel);
  seconds += s;
  seconds_max = std::max(seconds_max, s);
}

void NodeProfile::merge(const NodeProfile& o) {
  evaluations += o.evaluations;
  ok += o.ok;
  errors += o.errors;
  timeouts += o.timeouts;
  fuel_total += o.fuel_total;
  fuel_max = std::max(fuel_max, o.fuel_max);
  seconds += o.seconds;
  seconds_max = std::max(seconds_max, o.seconds_max);
}

std::vector<NodeProfile> Profile::merged() const {
  std::vector<NodeProfile> sum;
  for (const std::vector<NodeProfile>& thread : threads_) {
    if (sum.empty()) sum.resize(thread.size());
    for (size_t k = 0; k < thread.size(); ++k) sum[k].merge(thread[k]);
  }
  return sum;
}

std::string format_node_counters(const std::vector<NodeProfile>& nodes) {
  std::string out =
      "node\tevaluations\tok\terrors\ttimeouts\tfuel_total\tfuel_max\tseconds\tseconds_max\n";
  for (size_t k = 0; k < nodes.size(); ++k) {
    const NodeProfile& n = nodes[k];
    if (n.evaluations == 0) continue;
    fmt::format_to(std::back_inserter(out), "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{:.9f}\t{:.9f}\n", k,
                   n.evaluations, n.ok, n.errors, n.timeouts, n.fuel_total, n.fuel_max, n.seconds,
                   n.seconds_max);
  }
  return out;
}

std::optional<std::vector<NodeProfile>> parse_node_counters(std::string_view text, size_t nodes) {
  std::vector<NodeProfile> out(nodes);
  size_t pos = text.find('\n');
  if (pos == std::string_view::npos || !text.starts_with("node\tevaluations\t")) return std::nullopt;
  for (++pos; pos < text.size();) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) return std::nullopt;
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    std::vector<std::string_view> f;
    for (size_t s = 0;;) {
      size_t tab = line.find('\t', s);
      f.push_back(line.substr(s, tab == std::string_view::npos ? std::string_view::npos : tab - s));
      if (tab == std::string_view::npos) break;
      s = tab + 1;
    }
    if (f.size() != 9) return std::nullopt;
    auto integer = [](std::string_view v, auto& x) {
      auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), x);
      return ec == std::errc() && p == v.data() + v.size();
    };
    size_t k = 0;
    if (!integer(f[0], k) || k >= nodes) return std::nullopt;
    NodeProfile& n = out[k];
    if (!integer(f[1], n.evaluations) || !integer(f[2], n.ok) || !integer(f[3], n.errors) ||
        !integer(f[4], n.timeouts) || !integer(f[5], n.fuel_total) || !integer(f[6], n.fuel_max)) {
      return std::nullopt;
    }
    n.seconds = std::strtod(std::string(f[7]).c_str(), nullptr);
    n.seconds_max = std::strtod(std::string(f[8]).c_str(), nullptr);
  }
  return out;
}

}  // namespace batt::rt
