// ARC task input: a directory of task JSON files, one task JSON, or a Kaggle `*_challenges.json`
// (with its `*_solutions.json` when present). Grids become immortal tuple-of-tuple values shared
// by all threads. A malformed file is an error naming the file and the position; the other
// tasks still load.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "runtime/value.h"

namespace batt::rt {

enum class PairKind : uint8_t { Train, Test };
inline const char* pair_kind_name(PairKind k) { return k == PairKind::Train ? "train" : "test"; }

// One input of one task: what a solver runs on.
struct Sample {
  uint32_t task;  // index into TaskSet::ids
  PairKind kind;
  uint32_t index;                // position of the pair in its list
  Value input;                   // the input grid
  std::optional<Value> output;   // the expected output, when known
};

struct TaskSet {
  std::vector<std::string> ids;  // sorted task ids
  std::vector<Sample> samples;   // by task, then train before test, then index
};

struct LoadError {
  std::string file;
  uint32_t line = 0;  // 1-based; 0 when the error is not at a position
  uint32_t col = 0;
  std::string message;
  std::string str() const;  // file:line:col: error: message
};

struct LoadResult {
  TaskSet tasks;
  std::vector<LoadError> errors;
};

// Loads `path` (a directory of *.json tasks, one task file, or a Kaggle challenges file). For a
// Kaggle file, `solutions` names the solutions file; when empty, `X_challenges.json` looks for
// `X_solutions.json` beside it.
LoadResult load_tasks(const std::string& path, const std::string& solutions = "");

}  // namespace batt::rt
