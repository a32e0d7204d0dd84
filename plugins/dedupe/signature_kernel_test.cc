#include "signature_kernel.hh"

#include <catch2/catch.hpp>

#include <array>
#include <limits>
#include <random>

using namespace ream::dedupe;

TEST_CASE("the wide MinHash kernel folds exactly as the portable one") {
  std::mt19937_64 random(20261205);
  std::array<uint64_t, 32> seeds;
  std::array<uint32_t, 32> low, high;
  for (size_t i = 0; i < seeds.size(); ++i) {
    seeds[i] = random() | 1;
    if (i == 3) seeds[i] = std::numeric_limits<uint64_t>::max();  // every bit set
    if (i == 5) seeds[i] = 0xFFFFFFFFull;                         // high half zero
    low[i] = static_cast<uint32_t>(seeds[i]);
    high[i] = static_cast<uint32_t>(seeds[i] >> 32);
  }
  for (size_t count : {8, 16, 32}) {
    SignatureSeeds s{seeds.data(), low.data(), high.data(), count};
    std::array<uint32_t, 32> wide, portable;
    wide.fill(std::numeric_limits<uint32_t>::max());
    portable = wide;
    for (int k = 0; k < 5000; ++k) {
      uint64_t h = k == 0 ? 0 : k == 1 ? std::numeric_limits<uint64_t>::max() : random();
      fold_hash(wide.data(), s, h);
      fold_hash_portable(portable.data(), s, h);
      if (k % 500 == 0) REQUIRE(wide == portable);
    }
    CHECK(wide == portable);
  }
}

TEST_CASE("folding keeps the least value of each lane") {
  std::array<uint64_t, 8> seeds{1, 3, 5, 7, 9, 11, 13, 15};
  std::array<uint32_t, 8> low, high{};
  for (size_t i = 0; i < 8; ++i) low[i] = static_cast<uint32_t>(seeds[i]);
  SignatureSeeds s{seeds.data(), low.data(), high.data(), 8};
  std::array<uint32_t, 8> sig;
  sig.fill(std::numeric_limits<uint32_t>::max());
  fold_hash(sig.data(), s, uint64_t{5} << 32);  // lane i: 5 * seeds[i]
  fold_hash(sig.data(), s, uint64_t{7} << 32);  // larger everywhere: no change
  for (size_t i = 0; i < 8; ++i) CHECK(sig[i] == 5 * seeds[i]);
}
