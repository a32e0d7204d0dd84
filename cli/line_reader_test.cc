#include "line_reader.hh"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>

#include "failure.hh"
#include "temp_files.hh"

#include <unistd.h>

using namespace ream::cli;
using ream::testing::write_temp;

namespace {
std::vector<std::string> lines_of(const std::string& bytes) {
  std::string path = write_temp(bytes);
  LineReader reader(path);
  std::vector<std::string> out;
  std::string line;
  while (reader.next(line)) out.push_back(line);
  std::remove(path.c_str());
  return out;
}
}  // namespace

TEST_CASE("BOM, CRLF and a last line without LF") {
  CHECK(lines_of("\xEF\xBB\xBF{}\r\nb\n\nc") == std::vector<std::string>{"{}", "b", "", "c"});
}

TEST_CASE("a line longer than the read chunk arrives whole") {
  std::string big(3'000'000, 'x');
  auto lines = lines_of("a\n" + big + "\nz\n");
  REQUIRE(lines.size() == 3);
  CHECK(lines[1] == big);
  CHECK(lines[2] == "z");
}

TEST_CASE("line numbers count every line, blank ones too") {
  std::string path = write_temp("a\n\nb\n");
  LineReader reader(path);
  std::string line;
  reader.next(line);
  reader.next(line);
  reader.next(line);
  CHECK(line == "b");
  CHECK(reader.line_number() == 3);
  CHECK(reader.size() == 5);
  std::remove(path.c_str());
}

TEST_CASE("a missing file is an I/O failure naming it") {
  try {
    LineReader reader("/nonexistent/x.jsonl");
    FAIL("opened");
  } catch (const Failure& f) {
    CHECK(f.code() == kExitIo);
    CHECK(std::string(f.what()) == "/nonexistent/x.jsonl: cannot open: No such file or directory");
  }
}

namespace {
// The lines of `bytes` that start in [begin, end), with their numbers.
std::vector<std::pair<uint64_t, std::string>> range_of(const std::string& bytes, InputRange range) {
  std::string path = write_temp(bytes);
  LineReader reader(path, range);
  std::vector<std::pair<uint64_t, std::string>> out;
  std::string line;
  while (reader.next(line)) out.emplace_back(reader.line_number(), line);
  std::remove(path.c_str());
  return out;
}
}  // namespace

TEST_CASE("byte ranges at any offsets read every line exactly once, with its number in the whole file") {
  const std::string text =
      "\xEF\xBB\xBF"
      "alpha\n\nbeta\r\ngamma\ndelta";
  std::vector<std::pair<uint64_t, std::string>> whole;
  for (const auto& l : range_of(text, InputRange{})) whole.push_back(l);
  REQUIRE(whole.size() == 5);
  for (uint64_t cut1 = 0; cut1 <= text.size(); ++cut1) {
    for (uint64_t cut2 = cut1; cut2 <= text.size() + 2; ++cut2) {
      auto joined = range_of(text, InputRange{0, cut1, 1});
      // The first line number of a part: 1 at offset 0, else 2 + the
      // line ends before the byte ahead of the cut (how drivers compute it).
      auto first_line = [&](uint64_t at) -> uint64_t {
        if (at == 0) return 1;
        return 2 + static_cast<uint64_t>(std::count(text.begin(), text.begin() + static_cast<long>(at - 1), '\n'));
      };
      for (auto& l : range_of(text, InputRange{cut1, cut2, first_line(cut1)})) joined.push_back(l);
      for (auto& l : range_of(text, InputRange{cut2, UINT64_MAX, first_line(cut2)})) joined.push_back(l);
      INFO("cuts at " << cut1 << " and " << cut2);
      CHECK(joined == whole);
    }
  }
}

TEST_CASE("a first line number alone renumbers the lines") {
  auto lines = range_of("a\nb\n", InputRange{0, UINT64_MAX, 41});
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].first == 41);
  CHECK(lines[1].first == 42);
}

TEST_CASE("a byte range of standard input is refused: it cannot seek") {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  int saved = dup(STDIN_FILENO);
  dup2(fds[0], STDIN_FILENO);
  try {
    LineReader reader("-", InputRange{5, 10, 1});
    FAIL("seeked in a pipe");
  } catch (const Failure& f) {
    CHECK(f.code() == kExitIo);
    CHECK(std::string(f.what()) == "<stdin>: cannot read a byte range: Illegal seek");
  }
  dup2(saved, STDIN_FILENO);
  close(saved);
  close(fds[0]);
  close(fds[1]);
}
