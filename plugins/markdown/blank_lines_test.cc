#include "blank_lines.hh"

#include <catch2/catch.hpp>

using ream::markdown::BlankLineSqueezer;

namespace {
std::string squeeze(std::initializer_list<std::string_view> chunks) {
  BlankLineSqueezer s;
  std::string out;
  for (auto c : chunks) out += s.feed(c);
  return out + s.finish();
}
}  // namespace

TEST_CASE("blank lines are squeezed to one, trimmed at both ends", "[blank]") {
  CHECK(squeeze({"\n\n# T\n\n\n\na\n  \n\t\nb\n\n\n"}) == "# T\n\na\n\nb\n");
  CHECK(squeeze({"a"}) == "a\n");
  CHECK(squeeze({""}) == "");
}

TEST_CASE("squeezing works across chunks", "[blank]") {
  CHECK(squeeze({"# T\n", "\n", "\npart", "ial\n\n", "\n", "x"}) == "# T\n\npartial\n\nx\n");
}

TEST_CASE("fenced code keeps its blank lines", "[blank]") {
  CHECK(squeeze({"```\na\n\n\nb\n```\n\n\nc\n"}) == "```\na\n\n\nb\n```\n\nc\n");
}
