#include "bigram_filter.hh"

#include <catch2/catch.hpp>

using namespace ream::cite;

TEST_CASE("the bigram filter never forgets a key and rejects most others") {
  std::vector<uint64_t> keys;
  for (uint32_t a = 1; a <= 100; ++a)
    for (uint32_t b = 1; b <= 100; b += 7) keys.push_back(bigram_key(a, b));
  BigramFilter filter;
  filter.assign(keys);
  for (uint64_t k : keys) REQUIRE(filter.may_contain(k));
  size_t false_hits = 0;
  for (uint32_t a = 1000; a < 1100; ++a)
    for (uint32_t b = 1; b <= 100; ++b) false_hits += filter.may_contain(bigram_key(a, b));
  CHECK(false_hits < 500);  // 10,000 absent keys; about 1% expected
}

TEST_CASE("a filter of 8 bits a key keeps every key and rejects most others") {
  std::vector<uint64_t> keys;
  for (uint32_t a = 1; a <= 100; ++a)
    for (uint32_t b = 1; b <= 100; b += 7) keys.push_back(bigram_key(a, b));
  BigramFilter filter;
  filter.assign(keys, 8);
  for (uint64_t k : keys) REQUIRE(filter.may_contain(k));
  size_t false_hits = 0;
  for (uint32_t a = 1000; a < 1100; ++a)
    for (uint32_t b = 1; b <= 100; ++b) false_hits += filter.may_contain(bigram_key(a, b));
  CHECK(false_hits < 1000);  // 10,000 absent keys; a few percent expected
}

TEST_CASE("an empty filter contains nothing") {
  BigramFilter filter;
  CHECK_FALSE(filter.may_contain(bigram_key(1, 2)));
  filter.assign({});
  CHECK_FALSE(filter.may_contain(bigram_key(1, 2)));
}

TEST_CASE("a pair of filters keeps each key in its own half") {
  BigramFilterPair pair;
  CHECK_FALSE(pair.may_contain_first(bigram_key(1, 2)));
  std::vector<uint64_t> first, second;
  for (uint32_t a = 1; a <= 100; ++a)
    for (uint32_t b = 1; b <= 100; b += 7) (a % 2 ? first : second).push_back(bigram_key(a, b));
  pair.reset(first.size(), second.size(), 16, 8);
  for (uint64_t k : first) pair.insert_first(k);
  for (uint64_t k : second) pair.insert_second(k);
  for (uint64_t k : first) REQUIRE(pair.may_contain_first(k));
  for (uint64_t k : second) REQUIRE(pair.may_contain_second(k));
  size_t crossed = 0;  // a key of one half seen in the other is a false positive
  for (uint64_t k : first) crossed += pair.may_contain_second(k);
  for (uint64_t k : second) crossed += pair.may_contain_first(k);
  CHECK(crossed < 60);  // 1,500 keys; about 1% expected
}
