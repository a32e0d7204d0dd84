#include <ream/spool.hpp>

#include <catch2/catch.hpp>

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
