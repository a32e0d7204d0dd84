#include "clusters.hh"

#include <catch2/catch.hpp>

using namespace ream::dedupe;

TEST_CASE("the earliest record is the root whatever the union order") {
  Clusters c;
  for (int i = 0; i < 5; ++i) c.add();
  c.unite(4, 3);
  c.unite(3, 1);
  CHECK(c.find(4) == 1);
  CHECK(c.members(3) == std::vector<uint32_t>{1, 3, 4});
  CHECK(c.all().size() == 3);
  CHECK(c.members(2) == std::vector<uint32_t>{2});
}

TEST_CASE("a record is alone until it joins a cluster") {
  Clusters c;
  c.add();
  c.add();
  CHECK(c.alone(0));
  c.unite(0, 1);
  CHECK_FALSE(c.alone(0));
  CHECK_FALSE(c.alone(1));
}
