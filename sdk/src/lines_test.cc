#include "ream/lines.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {
std::vector<std::string> all(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& [line, number] : ream::Lines(text)) out.push_back(std::to_string(number) + ":" + std::string(line));
  return out;
}
}  // namespace

TEST_CASE("lines are numbered from 1, without LF or CR LF") {
  CHECK(all("a\r\n\nb\nc") == std::vector<std::string>{"1:a", "2:", "3:b", "4:c"});
  CHECK(all("a\n") == std::vector<std::string>{"1:a"});
  CHECK(all("").empty());
  CHECK(all("\n") == std::vector<std::string>{"1:"});
}
