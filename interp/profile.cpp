#include "interp/profile.h"

#include <algorithm>
#include <iterator>

#include <fmt/format.h>

#include "runtime/primitives.h"

namespace batt::interp {

using rt::ProgramNode;

namespace {

constexpr uint32_t kNone = UINT32_MAX;

bool is_call(const ProgramNode& p) {
  return p.op == ProgramNode::Op::Call || p.op == ProgramNode::Op::DynCall ||
         p.op == ProgramNode::Op::Tuple;
}

// Per node, the node whose solver line it is written in: itself when it has an origin; for a
// call nested in a line (`merge(x2)` in `O = fill(I, 4, merge(x2))`), its first user's line.
std::vector<uint32_t> lines_of(const rt::Program& program) {
  std::vector<uint32_t> line(program.nodes.size(), kNone);
  for (size_t k = program.nodes.size(); k-- > 0;) {
    const ProgramNode& p = program.nodes[k];
    if (!p.origin.empty()) line[k] = static_cast<uint32_t>(k);
    if (line[k] == kNone) continue;
    // Users come after their arguments: going down, the last user to write is the first one.
    for (uint32_t a : p.args)
      if (program.nodes[a].origin.empty()) line[a] = line[k];
  }
  return line;
}

// A TSV field: no tabs or line breaks inside.
std::string field(std::string text) {
  auto breaks = [](char c) { return c == '\t' || c == '\n' || c == '\r'; };
  std::replace_if(text.begin(), text.end(), breaks, ' ');
  return text;
}

std::string origin_text(const rt::Program& program, uint32_t k, uint32_t line) {
  const ProgramNode& p = program.nodes[k];
  if (line == k) return field(p.origin);
  std::string callee = p.op == ProgramNode::Op::Call
                           ? fmt::format("{}(...)", rt::primitive(p.prim).name)
                           : std::string(p.op == ProgramNode::Op::Tuple
                                             ? "a tuple display"
                                             : "a computed function's call");
  if (line == kNone) return callee;
  return field(fmt::format("{} in {}", callee, program.nodes[line].origin));
}

}  // namespace

std::string format_profile(const rt::Program& program, const std::vector<NodeProfile>& nodes) {
  std::vector<uint32_t> order;
  for (uint32_t k = 0; k < nodes.size() && k < program.nodes.size(); ++k)
    if (is_call(program.nodes[k]) && nodes[k].evaluations > 0) order.push_back(k);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return nodes[a].fuel_total > nodes[b].fuel_total;
  });
  std::vector<uint32_t> line = lines_of(program);
  std::string out =
      "node\tseconds\tseconds_max\tfuel_total\tfuel_max\tevaluations\tok\terrors\ttimeouts"
      "\torigin\n";
  for (uint32_t k : order) {
    const NodeProfile& n = nodes[k];
    fmt::format_to(std::back_inserter(out), "{}\t{:.6f}\t{:.6f}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                   k, n.seconds, n.seconds_max, n.fuel_total, n.fuel_max, n.evaluations, n.ok,
                   n.errors, n.timeouts, origin_text(program, k, line[k]));
  }
  return out;
}

}  // namespace batt::interp
