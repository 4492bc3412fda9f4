#include "runtime/tasks.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "runtime/arena.h"
#include "runtime/constants.h"

namespace batt::rt {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// A structural problem in a parsed file, reported with its JSON pointer.
struct ShapeError {
  std::string pointer;
  std::string message;
};

LoadError at_offset(const std::string& file, const std::string& text, size_t byte,
                    std::string message) {
  uint32_t line = 1, col = 1;
  for (size_t k = 0; k + 1 < byte && k < text.size(); ++k) {
    if (text[k] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  return {file, line, col, std::move(message)};
}

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// Parses `text`; on a syntax error records it and returns nullopt.
std::optional<json> parse(const std::string& file, const std::string& text,
                          std::vector<LoadError>& errors) {
  try {
    return json::parse(text);
  } catch (const json::parse_error& e) {
    std::string what = e.what();
    // nlohmann's message starts with "[json.exception.parse_error.101] parse error at line L,
    // column C: "; keep the part after it, since we print our own position.
    size_t colon = what.find(": ", what.find("parse error"));
    errors.push_back(at_offset(file, text, e.byte,
                               colon == std::string::npos ? what : what.substr(colon + 2)));
    return std::nullopt;
  }
}

// A grid: a list of rows, each a list of integers.
Value to_grid(const json& j, const std::string& ptr) {
  if (!j.is_array()) throw ShapeError{ptr, "expected a grid (a list of rows)"};
  TupleObj* rows = new_tuple(j.size());
  for (size_t r = 0; r < j.size(); ++r) {
    const json& row = j[r];
    std::string rptr = fmt::format("{}/{}", ptr, r);
    if (!row.is_array()) throw ShapeError{rptr, "expected a row (a list of integers)"};
    TupleObj* cells = new_tuple(row.size());
    for (size_t c = 0; c < row.size(); ++c) {
      if (!row[c].is_number_integer())
        throw ShapeError{fmt::format("{}/{}", rptr, c), "expected an integer cell"};
      cells->items()[c] = Value::integer(row[c].get<int64_t>());
    }
    rows->items()[r] = finish_tuple(cells);
  }
  Value g = finish_tuple(rows);
  prepare_shared(g);
  return g;
}

const json& member(const json& obj, const char* key, const std::string& ptr) {
  if (!obj.is_object()) throw ShapeError{ptr, "expected an object"};
  auto it = obj.find(key);
  if (it == obj.end()) throw ShapeError{ptr, fmt::format("missing \"{}\"", key)};
  return *it;
}

// Adds one task's samples. `task` is an ARC task object ({"train": [...], "test": [...]});
// `solutions`, when given, holds the test outputs (Kaggle layout).
void add_task(TaskSet& set, const std::string& id, const json& task, const json* solutions,
              const std::string& ptr) {
  std::vector<Sample> samples;
  uint32_t index = static_cast<uint32_t>(set.ids.size());
  for (PairKind kind : {PairKind::Train, PairKind::Test}) {
    const char* name = pair_kind_name(kind);
    std::string lptr = fmt::format("{}/{}", ptr, name);
    const json& list = member(task, name, ptr);
    if (!list.is_array()) throw ShapeError{lptr, "expected a list of pairs"};
    for (size_t k = 0; k < list.size(); ++k) {
      std::string pptr = fmt::format("{}/{}", lptr, k);
      Sample s{index, kind, static_cast<uint32_t>(k), to_grid(member(list[k], "input", pptr), pptr + "/input"), {}};
      if (list[k].contains("output")) {
        s.output = to_grid(list[k]["output"], pptr + "/output");
      } else if (kind == PairKind::Test && solutions && solutions->is_array() &&
                 k < solutions->size()) {
        s.output = to_grid((*solutions)[k], fmt::format("/{}/{}", id, k));
      }
      samples.push_back(s);
    }
  }
  set.ids.push_back(id);
  set.samples.insert(set.samples.end(), samples.begin(), samples.end());
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

void load_kaggle(const std::string& path, const json& challenges, std::string solutions_path,
                 LoadResult& out) {
  std::optional<json> solutions;
  if (solutions_path.empty() && ends_with(path, "_challenges.json")) {
    std::string guess = path.substr(0, path.size() - 16) + "_solutions.json";
    if (fs::exists(guess)) solutions_path = guess;
  }
  if (!solutions_path.empty()) {
    std::string text;
    if (!read_file(solutions_path, text))
      out.errors.push_back({solutions_path, 0, 0, "cannot read the solutions file"});
    else
      solutions = parse(solutions_path, text, out.errors);
  }
  std::map<std::string, const json*> sorted;
  for (auto it = challenges.begin(); it != challenges.end(); ++it) sorted[it.key()] = &it.value();
  for (auto& [id, task] : sorted) {
    const json* sol = nullptr;
    if (solutions && solutions->is_object() && solutions->contains(id)) sol = &(*solutions)[id];
    try {
      add_task(out.tasks, id, *task, sol, "/" + id);
    } catch (const ShapeError& e) {
      out.errors.push_back({path, 0, 0, fmt::format("at {}: {}", e.pointer, e.message)});
    }
  }
}

// A file holding one task, or a Kaggle challenges file (an object of tasks).
void load_file(const std::string& path, const std::string& solutions, LoadResult& out) {
  std::string text;
  if (!read_file(path, text)) {
    out.errors.push_back({path, 0, 0, "cannot read the file"});
    return;
  }
  std::optional<json> j = parse(path, text, out.errors);
  if (!j) return;
  if (j->is_object() && !j->contains("train") && !j->empty()) {
    load_kaggle(path, *j, solutions, out);
    return;
  }
  try {
    add_task(out.tasks, fs::path(path).stem().string(), *j, nullptr, "");
  } catch (const ShapeError& e) {
    out.errors.push_back({path, 0, 0, fmt::format("at {}: {}", e.pointer.empty() ? "/" : e.pointer, e.message)});
  }
}

}  // namespace

std::string LoadError::str() const {
  if (line == 0) return fmt::format("{}: error: {}", file, message);
  return fmt::format("{}:{}:{}: error: {}", file, line, col, message);
}

LoadResult load_tasks(const std::string& path, const std::string& solutions) {
  LoadResult out;
  ArenaScope scope(immortal_arena());
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(path, ec))
      if (e.path().extension() == ".json") files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) load_file(f, "", out);
  } else if (fs::exists(path, ec)) {
    load_file(path, solutions, out);
  } else {
    out.errors.push_back({path, 0, 0, "no such file or directory"});
  }
  return out;
}

}  // namespace batt::rt
