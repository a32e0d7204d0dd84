#include "signature_kernel.hh"

#include <catch2/catch.hpp>

#include <array>
#include <limits>
#include <random>
#include <vector>

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
    // Runs of every length from 0 to 70, edge values among them.
    for (size_t run = 0; run <= 70; ++run) {
      std::vector<uint64_t> hashes;
      for (size_t k = 0; k < run; ++k) hashes.push_back(random());
      if (run == 1) hashes[0] = 0;
      if (run == 2) hashes[1] = std::numeric_limits<uint64_t>::max();
      fold_hashes(wide.data(), s, hashes.data(), hashes.size());
      fold_hashes_portable(portable.data(), s, hashes.data(), hashes.size());
      REQUIRE(wide == portable);
    }
  }
}

TEST_CASE("folding keeps the least value of each lane") {
  std::array<uint64_t, 8> seeds{1, 3, 5, 7, 9, 11, 13, 15};
  std::array<uint32_t, 8> low, high{};
  for (size_t i = 0; i < 8; ++i) low[i] = static_cast<uint32_t>(seeds[i]);
  SignatureSeeds s{seeds.data(), low.data(), high.data(), 8};
  std::array<uint32_t, 8> sig;
  sig.fill(std::numeric_limits<uint32_t>::max());
  std::array<uint64_t, 3> hashes{uint64_t{7} << 32, uint64_t{5} << 32, uint64_t{6} << 32};  // lane i: h * seeds[i]
  fold_hashes(sig.data(), s, hashes.data(), hashes.size());
  for (size_t i = 0; i < 8; ++i) CHECK(sig[i] == 5 * seeds[i]);
}
