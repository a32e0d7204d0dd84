// The word cache: lookups across growth, clearing, words sharing prefixes.
#include "word_cache.hh"

#include <catch2/catch.hpp>

#include <string>

using namespace ream::keywords;

TEST_CASE("the word cache finds what it stored, across growth") {
  WordCache<int> cache;
  for (int i = 0; i < 20000; ++i) cache.insert("w" + std::to_string(i), i);
  CHECK(cache.size() == 20000);
  for (int i = 0; i < 20000; i += 7) {
    const int* v = cache.find("w" + std::to_string(i));
    REQUIRE(v);
    CHECK(*v == i);
  }
  CHECK_FALSE(cache.find("w20000"));
  CHECK_FALSE(cache.find("w"));
  CHECK_FALSE(cache.find(""));
}

TEST_CASE("the word cache tells apart words that share bytes, and empties") {
  WordCache<int> cache;
  cache.insert("network", 1);
  cache.insert("networks", 2);
  cache.insert("", 3);
  CHECK(*cache.find("network") == 1);
  CHECK(*cache.find("networks") == 2);
  CHECK(*cache.find("") == 3);
  CHECK(cache.bytes() == 15);
  cache.clear();
  CHECK(cache.size() == 0);
  CHECK_FALSE(cache.find("network"));
  cache.insert("network", 4);
  CHECK(*cache.find("network") == 4);
}
