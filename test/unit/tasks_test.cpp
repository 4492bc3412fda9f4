// Task loading: ARC directories, single task files, Kaggle challenges with solutions, and errors
// naming the file and the position while the other tasks still load.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "runtime/object.h"
#include "runtime/tasks.h"

namespace batt::rt {
namespace {

namespace fs = std::filesystem;

class TasksTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("battc_tasks_test_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& text) {
    fs::path p = dir_ / name;
    std::ofstream(p) << text;
    return p.string();
  }
  fs::path dir_;
};

const char* kTask = R"({"train": [{"input": [[1, 2], [3, 4]], "output": [[4]]}],
 "test": [{"input": [[0]], "output": [[1]]}]})";

TEST_F(TasksTest, DirectoryLoadsSortedTasksTrainBeforeTest) {
  write("bbb.json", kTask);
  write("aaa.json", kTask);
  write("notes.txt", "not a task");
  LoadResult r = load_tasks(dir_.string());
  ASSERT_TRUE(r.errors.empty());
  ASSERT_EQ(r.tasks.ids, (std::vector<std::string>{"aaa", "bbb"}));
  ASSERT_EQ(r.tasks.samples.size(), 4u);
  EXPECT_EQ(r.tasks.samples[0].kind, PairKind::Train);
  EXPECT_EQ(r.tasks.samples[1].kind, PairKind::Test);
  EXPECT_EQ(r.tasks.samples[2].task, 1u);
  EXPECT_EQ(py_repr(r.tasks.samples[0].input), "((1, 2), (3, 4))");
  EXPECT_EQ(py_repr(*r.tasks.samples[1].output), "((1,),)");
}

TEST_F(TasksTest, SyntaxErrorNamesFileLineAndColumnAndOthersStillLoad) {
  write("good.json", kTask);
  std::string bad = write("bad.json", "{\"train\": [\n  {\"input\": [[1, 2]],, }\n]}");
  LoadResult r = load_tasks(dir_.string());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].file, bad);
  EXPECT_EQ(r.errors[0].line, 2u);
  EXPECT_EQ(r.errors[0].col, 22u);
  EXPECT_NE(r.errors[0].str().find("bad.json:2:22: error: "), std::string::npos);
  EXPECT_EQ(r.tasks.ids, (std::vector<std::string>{"good"}));
}

TEST_F(TasksTest, ShapeErrorNamesTheJsonPointer) {
  std::string bad = write("t.json", R"({"train": [{"input": [[1, "x"]]}], "test": []})");
  LoadResult r = load_tasks(bad);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].str(), bad + ": error: at /train/0/input/0/1: expected an integer cell");
  EXPECT_TRUE(r.tasks.ids.empty());
}

TEST_F(TasksTest, MissingTestListIsAnError) {
  std::string bad = write("t.json", R"({"train": []})");
  LoadResult r = load_tasks(bad);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].message, "at /: missing \"test\"");
}

TEST_F(TasksTest, KaggleChallengesTakeTestOutputsFromSolutionsBeside) {
  std::string ch = write("x_challenges.json",
                         R"({"t2": {"train": [], "test": [{"input": [[5]]}]},
                             "t1": {"train": [{"input": [[1]], "output": [[2]]}],
                                    "test": [{"input": [[3]]}, {"input": [[4]]}]}})");
  write("x_solutions.json", R"({"t1": [[[7]], [[8]]], "t2": [[[9]]]})");
  LoadResult r = load_tasks(ch);
  ASSERT_TRUE(r.errors.empty());
  ASSERT_EQ(r.tasks.ids, (std::vector<std::string>{"t1", "t2"}));
  ASSERT_EQ(r.tasks.samples.size(), 4u);
  EXPECT_EQ(py_repr(*r.tasks.samples[2].output), "((8,),)");
  EXPECT_EQ(py_repr(*r.tasks.samples[3].output), "((9,),)");
}

TEST_F(TasksTest, MissingPathIsAnError) {
  LoadResult r = load_tasks((dir_ / "nope").string());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].message, "no such file or directory");
}

}  // namespace
}  // namespace batt::rt
