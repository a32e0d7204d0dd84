#include "line_reader.hh"

#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>

#include "failure.hh"

using namespace ream::cli;

namespace {
std::string write_temp(const std::string& bytes) {
  char name[] = "/tmp/ream-lr-XXXXXX";
  int fd = mkstemp(name);
  REQUIRE(fd >= 0);
  REQUIRE(write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()));
  close(fd);
  return name;
}

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
