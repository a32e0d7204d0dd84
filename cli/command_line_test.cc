#include "command_line.hh"

#include <catch2/catch.hpp>

#include "failure.hh"

using namespace ream::cli;

namespace {
Invocation parse(std::vector<std::string> words) {
  std::vector<char*> argv{const_cast<char*>("ream")};
  for (auto& w : words) argv.push_back(w.data());
  return parse_command_line(static_cast<int>(argv.size()), argv.data());
}
}  // namespace

TEST_CASE("global options come before the first stage") {
  auto inv = parse({"-i", "a", "--input=b", "-o", "out", "--on-error=skip", "--stats", "cat", "-x"});
  CHECK(inv.inputs == std::vector<std::string>{"a", "b"});
  CHECK(inv.output == "out");
  CHECK(inv.on_error == "skip");
  CHECK(inv.stats == "text");
  CHECK(inv.command == "cat");
  CHECK(inv.words == std::vector<std::string>{"-x"});
}

TEST_CASE("--stats takes an optional format") {
  CHECK(parse({"--stats=json", "cat"}).stats == "json");
  CHECK(parse({"--stats", "json", "cat"}).stats == "json");
  auto inv = parse({"--stats", "cat"});
  CHECK(inv.stats == "text");
  CHECK(inv.command == "cat");
}

TEST_CASE("bad global options") {
  CHECK_THROWS_WITH(parse({"--on-error=maybe", "cat"}), "--on-error: 'maybe' is not one of fail|skip");
  CHECK_THROWS_WITH(parse({"--outptu", "x"}), "unknown option '--outptu' (did you mean '--output'?)");
  CHECK_THROWS_WITH(parse({"-o"}), "--output needs a value (FILE)");
}

TEST_CASE("global options after a stage name are lifted unless the stage owns the name") {
  const ream_option_spec own[] = {{"index", 'i', REAM_OPT_PATH, "FILE", nullptr, nullptr, "its own -i", 0}};
  ream_plugin stage{};
  stage.options = own;
  stage.option_count = 1;
  std::vector<std::string> args{"-i", "x.jsonl", "-o", "out.md", "--stats", "json", "-q", "--", "-o"};
  auto lifted = lift_global_options(stage, args);
  CHECK(lifted == std::vector<std::string>{"-o", "out.md", "--stats", "json", "-q"});
  CHECK(args == std::vector<std::string>{"-i", "x.jsonl", "--", "-o"});
  std::vector<std::string> help{"--help", "--output=x"};
  CHECK(lift_global_options(stage, help) == std::vector<std::string>{"--output=x"});
  CHECK(help == std::vector<std::string>{"--help"});
}

TEST_CASE("merged global options: later words win, inputs add up") {
  auto inv = parse({"-i", "a", "-o", "first", "cat"});
  merge_global_options(inv, {"-o", "second", "-i", "b"});
  CHECK(inv.output == "second");
  CHECK(inv.inputs == std::vector<std::string>{"a", "b"});
  CHECK(inv.command == "cat");
}

TEST_CASE("then splits stages") {
  auto stages = split_stages("import", {"a.txt", "then", "dedupe", "--keep", "merge", "then", "cat"});
  REQUIRE(stages.size() == 3);
  CHECK(stages[0].args == std::vector<std::string>{"a.txt"});
  CHECK(stages[1].name == "dedupe");
  CHECK(stages[2].args.empty());
  CHECK_THROWS_WITH(split_stages("cat", {"then"}), "'then' must be followed by a stage name");
  CHECK_THROWS_WITH(split_stages("cat", {"then", "then", "cat"}), "'then then': a stage name is missing between them");
}

TEST_CASE("--byte-range and --first-line: one part of a file, numbered as in the whole") {
  auto inv = parse({"--byte-range", "10:200", "--first-line=7", "cat"});
  CHECK(inv.input_range.begin == 10);
  CHECK(inv.input_range.end == 200);
  CHECK(inv.input_range.first_line == 7);
  CHECK(parse({"cat"}).input_range.whole());
  CHECK_THROWS_WITH(parse({"--byte-range", "10", "cat"}), "--byte-range: expected A:B, two byte offsets, not '10'");
  CHECK_THROWS_WITH(parse({"--byte-range", "a:5", "cat"}), "--byte-range: expected A:B, two byte offsets, not 'a:5'");
  CHECK_THROWS_WITH(parse({"--byte-range", "9:5", "cat"}), "--byte-range: the end comes before the start in '9:5'");
  CHECK_THROWS_WITH(parse({"--first-line", "0", "cat"}), "--first-line: expected a line number from 1, not '0'");
}
