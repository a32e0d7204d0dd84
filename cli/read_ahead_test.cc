// ReadAhead: rounds come in input order, every line once, batches growing
// from the first size; a read error comes after the lines before it; and
// giving up early never waits for a reader stuck on an input.
#include "read_ahead.hh"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "failure.hh"
#include "temp_files.hh"

using namespace ream::cli;
using ream::testing::write_temp;

namespace {

std::string numbered_lines(int from, int to) {
  std::string out;
  for (int i = from; i <= to; ++i) out += std::to_string(i) + "\n";
  return out;
}

}  // namespace

TEST_CASE("rounds hold every line once, in input order, in growing batches") {
  std::string a = write_temp(numbered_lines(1, 500)), b = write_temp(numbered_lines(501, 777));
  ReadAhead reader({a, b}, 3, 2, 64, 1 << 20);
  std::string seen;
  std::vector<size_t> first_sizes;
  size_t rounds = 0, count = 0;
  for (;;) {
    std::vector<Batch>& round = reader.next(&count);
    if (count == 0) break;
    ++rounds;
    for (size_t i = 0; i < count; ++i) {
      REQUIRE_FALSE(round[i].lines.read_error);
      if (first_sizes.size() < 4) first_sizes.push_back(round[i].lines.size());
      for (size_t l = 0; l < round[i].lines.size(); ++l) seen += std::string(round[i].lines.line(l)) + "\n";
    }
  }
  CHECK(seen == numbered_lines(1, 777));
  CHECK(first_sizes == std::vector<size_t>{2, 2, 2, 8});  // 2 lines a batch in round one, then 8
  CHECK(rounds > 2);
  std::remove(a.c_str());
  std::remove(b.c_str());
}

TEST_CASE("a missing input comes after the lines before it, then the end") {
  std::string a = write_temp("x\ny\n");
  ReadAhead reader({a, "/nonexistent/ream-ra"}, 4, 100, 100, 1 << 20);
  size_t count = 0;
  std::vector<Batch>& round = reader.next(&count);
  REQUIRE(count == 2);
  CHECK(round[0].lines.size() == 2);
  REQUIRE(round[1].lines.read_error);
  CHECK_THROWS_AS(std::rethrow_exception(round[1].lines.read_error), Failure);
  reader.next(&count);
  CHECK(count == 0);
  std::remove(a.c_str());
}

TEST_CASE("giving up early does not wait for a reader stuck on its input") {
  char dir[] = "/tmp/ream-ra-fifo-XXXXXX";
  REQUIRE(mkdtemp(dir));
  std::string fifo = std::string(dir) + "/never-written";
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  { ReadAhead reader({fifo}, 2, 1, 1, 1 << 20); }  // opening the FIFO blocks the reader for good
  SUCCEED("the destructor returned");
  std::remove(fifo.c_str());
  rmdir(dir);
}

TEST_CASE("a round of very long lines ends at the bytes of a full round") {
  std::string big(1000, 'x');
  std::string text;
  for (int i = 0; i < 20; ++i) text += big + "\n";
  std::string a = write_temp(text);
  ReadAhead reader({a}, 8, 4, 4, 100);  // 8 batches of 100 bytes: a round holds 800 bytes
  size_t count = 0, total = 0;
  for (;;) {
    reader.next(&count);
    if (count == 0) break;
    CHECK(count == 1);  // one line of 1000 bytes is already more than a round's 800
    total += count;
  }
  CHECK(total == 20);
  std::remove(a.c_str());
}
