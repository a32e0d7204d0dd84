#include "pipeline_file.hh"

#include <catch2/catch.hpp>

#include <cstdlib>

#include "failure.hh"

using namespace ream::cli;

namespace {
std::string error_of(const std::string& text) {
  try {
    parse_pipeline_file("p.ream", text);
  } catch (const Failure& f) {
    CHECK(f.code() == kExitUsage);
    return f.what();
  }
  FAIL("parsed without error");
  return "";
}
}  // namespace

TEST_CASE("one stage per line, '|' joins several, comments and blank lines ignored") {
  auto p = parse_pipeline_file("p.ream", "# digest\n\nimport a.txt  # today\ndedupe --keep merge | keywords -k 5\n");
  REQUIRE(p.stages.size() == 3);
  CHECK(p.stages[0].name == "import");
  CHECK(p.stages[0].args == std::vector<std::string>{"a.txt"});
  CHECK(p.stages[0].where == "p.ream:3:1");
  CHECK(p.stages[1].args == std::vector<std::string>{"--keep", "merge"});
  CHECK(p.stages[2].name == "keywords");
  CHECK(p.stages[2].where == "p.ream:4:23");
}

TEST_CASE("quotes, escapes and variables") {
  setenv("REAM_TEST_DIR", "/tmp/x y", 1);
  auto p = parse_pipeline_file("p.ream",
                               "markdown --title 'It'\\''s \"here\"' --x \"${REAM_TEST_DIR}/d.md\" a\\ b c$d #x\n");
  CHECK(p.stages[0].args == std::vector<std::string>{"--title", "It's \"here\"", "--x", "/tmp/x y/d.md", "a b", "c$d"});
}

TEST_CASE("a variable is never split and never a pattern") {
  setenv("REAM_TEST_GLOB", "*.nothing two", 1);
  auto p = parse_pipeline_file("p.ream", "cat ${REAM_TEST_GLOB}\n");
  CHECK(p.stages[0].args == std::vector<std::string>{"*.nothing two"});
}

TEST_CASE("set lines hold global options") {
  auto p = parse_pipeline_file("p.ream", "set -o out.md --stats=json\ncat\n");
  CHECK(p.global_words == std::vector<std::string>{"-o", "out.md", "--stats=json"});
}

TEST_CASE("a trailing backslash joins lines") {
  auto p = parse_pipeline_file("p.ream", "dedupe \\\n  --keep merge\r\ncat\n");
  REQUIRE(p.stages.size() == 2);
  CHECK(p.stages[0].args == std::vector<std::string>{"--keep", "merge"});
}

TEST_CASE("errors point at line and column") {
  CHECK(error_of("cat\nmarkdown --title 'open\n") == "p.ream:2:23: unterminated single quote");
  CHECK(error_of("markdown --title \"open\n") == "p.ream:1:23: unterminated double quote");
  CHECK(error_of("cat ${NAME\n") == "p.ream:1:11: unterminated ${...}: '}' expected");
  unsetenv("REAM_TEST_UNSET");
  CHECK(error_of("cat\n  cat ${REAM_TEST_UNSET}\n") == "p.ream:2:7: ${REAM_TEST_UNSET} is not set in the environment");
  CHECK(error_of("| cat\n") == "p.ream:1:1: a stage name is missing before '|'");
  CHECK(error_of("cat |\n") == "p.ream:1:5: a stage name is missing after '|'");
  CHECK(error_of("# nothing\n") == "p.ream: no stage in this pipeline file");
  CHECK(error_of("import /nonexistent/*.txt\n") == "p.ream:1:8: no file matches '/nonexistent/*.txt'");
}

TEST_CASE("when only checking, a pattern with no match stays as written") {
  auto p = parse_pipeline_file("p.ream", "import /nonexistent/*.txt\n", Globs::kMayBeEmpty);
  CHECK(p.stages[0].args == std::vector<std::string>{"/nonexistent/*.txt"});
}
