#include <ream/spool.hpp>

#include <catch2/catch.hpp>
#include <vector>

TEST_CASE("spooled records read back in any order, appends after reads included", "[spool]") {
  ream::Spool spool;
  auto a = spool.append(R"({"id":"a"})");
  auto b = spool.append("");
  auto c = spool.append(std::string(100000, 'x'));
  CHECK(spool.read(c) == std::string(100000, 'x'));
  CHECK(spool.read(a) == R"({"id":"a"})");
  auto d = spool.append("after a read");
  CHECK(spool.read(b).empty());
  CHECK(spool.read(d) == "after a read");
  CHECK(spool.read(a) == R"({"id":"a"})");
}

TEST_CASE("spooled records read back in order into reused storage, across the buffer's size", "[spool]") {
  ream::Spool spool;
  std::vector<ream::Spool::Slot> slots;
  for (int i = 0; i < 3000; ++i)
    slots.push_back(spool.append(std::string(1000 + i % 7, static_cast<char>('a' + i % 26))));
  std::string scratch;
  for (int i = 0; i < 3000; ++i)
    REQUIRE(spool.read(slots[i], scratch) == std::string(1000 + i % 7, static_cast<char>('a' + i % 26)));
  CHECK(spool.read(slots[5], scratch) == std::string(1005, 'f'));  // back again: a seek
  auto more = spool.append("appended after sequential reads");
  CHECK(spool.read(slots[6], scratch) == std::string(1006, 'g'));
  CHECK(spool.read(more, scratch) == "appended after sequential reads");
}
