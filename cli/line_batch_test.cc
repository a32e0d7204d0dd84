// BatchReader: the batches the -j workers take must hold every line once,
// in order, with its own line number, never two files in one batch, and
// an input that cannot be opened only after the lines before it.
#include "line_batch.hh"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "failure.hh"
#include "temp_files.hh"

using namespace ream::cli;
using ream::testing::write_temp;

namespace {

struct Line {
  std::string file, text;
  uint64_t number;
  bool operator==(const Line&) const = default;
};

std::vector<std::vector<Line>> read_all(BatchReader& reader, size_t max_lines, size_t max_bytes) {
  std::vector<std::vector<Line>> batches;
  LineBatch batch;
  while (reader.fill(batch, max_lines, max_bytes)) {
    REQUIRE_FALSE(batch.read_error);
    auto& lines = batches.emplace_back();
    for (size_t i = 0; i < batch.size(); ++i)
      lines.push_back({*batch.file, std::string(batch.line(i)), batch.numbers[i]});
  }
  return batches;
}

}  // namespace

TEST_CASE("batches hold every line once, in order, numbered, one file each") {
  std::string a = write_temp("a1\na2\n\na4\na5\n"), b = write_temp("b1\nb2"), empty = write_temp("");
  BatchReader reader({a, empty, b});
  auto batches = read_all(reader, 2, 1 << 20);
  std::vector<std::vector<Line>> want = {
      {{a, "a1", 1}, {a, "a2", 2}}, {{a, "", 3}, {a, "a4", 4}}, {{a, "a5", 5}}, {{b, "b1", 1}, {b, "b2", 2}}};
  CHECK(batches == want);
  for (auto& f : {a, b, empty}) std::remove(f.c_str());
}

TEST_CASE("a batch ends once it holds max_bytes") {
  std::string a = write_temp("0123456789\nabc\nxyz\n");
  BatchReader reader({a});
  auto batches = read_all(reader, 100, 12);
  REQUIRE(batches.size() == 2);
  CHECK(batches[0].size() == 2);  // 10 bytes, then 13 >= 12
  CHECK(batches[1] == std::vector<Line>{{a, "xyz", 3}});
  std::remove(a.c_str());
}

TEST_CASE("an input that cannot be opened comes after the lines before it") {
  std::string a = write_temp("x\ny\n");
  BatchReader reader({a, "/nonexistent/ream-lb"});
  LineBatch batch;
  REQUIRE(reader.fill(batch, 10, 1 << 20));
  CHECK(batch.size() == 2);
  CHECK_FALSE(batch.read_error);
  REQUIRE(reader.fill(batch, 10, 1 << 20));
  CHECK(batch.size() == 0);
  REQUIRE(batch.read_error);
  CHECK_THROWS_AS(std::rethrow_exception(batch.read_error), Failure);
  CHECK_FALSE(reader.fill(batch, 10, 1 << 20));
  std::remove(a.c_str());
}
