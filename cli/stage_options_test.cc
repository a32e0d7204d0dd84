#include "stage_options.hh"

#include <catch2/catch.hpp>

#include "failure.hh"

using namespace ream::cli;

namespace {
const ream_option_spec kSpecs[] = {
    {"keep", 'k', REAM_OPT_CHOICE, "MODE", "first", "first|most-complete|merge", "which record to keep", 0},
    {"lines", 'n', REAM_OPT_INT, "N", "10", nullptr, "how many", 0},
    {"field", 'f', REAM_OPT_STRING, "F", nullptr, nullptr, "a field", REAM_OPT_REPEATABLE},
    {"scores", 0, REAM_OPT_FLAG, nullptr, nullptr, nullptr, "show scores", 0},
};

ream_plugin plugin(const char* positional = nullptr) {
  ream_plugin p{};
  p.name = "demo";
  p.options = kSpecs;
  p.option_count = std::size(kSpecs);
  p.positional = positional;
  return p;
}

std::string failure(std::vector<std::string> args) {
  try {
    parse_stage_options(plugin(), "demo", args);
  } catch (const Failure& f) {
    CHECK(f.code() == kExitUsage);
    return f.what();
  }
  FAIL("no failure");
  return "";
}
}  // namespace

TEST_CASE("defaults are present but not marked as given") {
  auto opts = parse_stage_options(plugin(), "demo", {});
  CHECK((*opts.find("keep"))[0] == "first");
  CHECK(opts.given.empty());
}

TEST_CASE("long, short, attached and = forms") {
  auto opts = parse_stage_options(plugin(), "demo", {"--keep", "merge", "-n5", "--field=a", "-f", "b", "--scores"});
  CHECK((*opts.find("keep"))[0] == "merge");
  CHECK((*opts.find("lines"))[0] == "5");
  CHECK(*opts.find("field") == std::vector<std::string>{"a", "b"});
  CHECK((*opts.find("scores"))[0] == "true");
  CHECK(opts.given.size() == 4);
}

TEST_CASE("a repeated single option: the last one wins") {
  auto opts = parse_stage_options(plugin(), "demo", {"-n", "1", "-n", "2"});
  CHECK(*opts.find("lines") == std::vector<std::string>{"2"});
}

TEST_CASE("bad options name the stage and suggest") {
  CHECK(failure({"--kep", "x"}) == "demo: unknown option '--kep' (did you mean '--keep'?)");
  CHECK(failure({"--keep", "merg"}) ==
        "demo: --keep: 'merg' is not one of first|most-complete|merge (did you mean 'merge'?)");
  CHECK(failure({"-n", "ten"}) == "demo: --lines: expected a whole number, got 'ten'");
  CHECK(failure({"--lines"}) == "demo: --lines needs a value (N)");
  CHECK(failure({"--scores=yes"}) == "demo: --scores takes no value");
  CHECK(failure({"file.txt"}) == "demo: unexpected argument 'file.txt' (this stage takes no positional arguments)");
  CHECK(failure({"-o", "x"}) == "demo: unknown option '-o' (-o is a global option: put it before the stage name)");
}

TEST_CASE("positional arguments and --") {
  auto opts = parse_stage_options(plugin("FILE"), "demo", {"a", "-", "--", "--keep"});
  CHECK(opts.positional == std::vector<std::string>{"a", "-", "--keep"});
}

TEST_CASE("words beyond positional_max are input files, for the first stage only") {
  ream_plugin where = plugin("EXPR");
  where.size = sizeof(ream_plugin);
  where.positional_max = 1;
  std::vector<std::string> files;
  auto opts = parse_stage_options(where, "demo", {"year > 1", "-n", "3", "a.jsonl", "-", "--", "-b.jsonl"}, &files);
  CHECK(opts.positional == std::vector<std::string>{"year > 1"});
  CHECK(files == std::vector<std::string>{"a.jsonl", "-", "-b.jsonl"});
  try {
    parse_stage_options(where, "demo", {"year > 1", "a.jsonl"});
    FAIL("a later stage took an extra word");
  } catch (const Failure& f) {
    CHECK(std::string(f.what()) ==
          "demo: unexpected argument 'a.jsonl' (this stage takes 1 EXPR argument; input files go after the first "
          "stage or with -i)");
  }
}

TEST_CASE("positional_max: none without a name, any for 0, -1 and plugins before ABI 1.3") {
  ream_plugin p = plugin();
  CHECK(positional_max(p) == -1);  // size 0: an old descriptor
  p.size = sizeof(ream_plugin);
  CHECK(positional_max(p) == 0);
  p.positional = "FIELD=VALUE";
  CHECK(positional_max(p) == -1);
  p.positional_max = -1;
  CHECK(positional_max(p) == -1);
  p.positional_max = 2;
  CHECK(positional_max(p) == 2);
}

TEST_CASE("nearest finds close words only") {
  CHECK(nearest("dedup", {"dedupe", "cite"}) == "dedupe");
  CHECK(nearest("zzzzzz", {"dedupe", "cite"}).empty());
}
