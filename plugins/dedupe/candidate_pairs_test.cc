#include "candidate_pairs.hh"

#include <catch2/catch.hpp>

using namespace ream::dedupe;

namespace {
Features titled(const std::string& title, const std::string& arxiv = {}) {
  Fields f;
  f.title = title;
  f.arxiv = arxiv;
  return extract_features(f);
}
}  // namespace

TEST_CASE("look-alike titles and shared ids are candidates; others are not") {
  CandidateIndex index;
  index.add(0, titled("Cryptographic primitives based on hard learning problems"));
  index.add(1, titled("Boosting a weak learning algorithm by majority"));
  index.add(2, titled("Something else entirely", "2312.03884"));
  std::vector<uint32_t> out;
  index.candidates(titled("CRYPTOGRAPHIC PRIMITIVES BASED ON HARD LEARNING PROBLEMS."), out);
  CHECK(out == std::vector<uint32_t>{0});
  index.candidates(titled("Unrelated words here", "2312.03884v3"), out);
  CHECK(out == std::vector<uint32_t>{2});
}

TEST_CASE("a block gives at most its cap of recent records") {
  CandidateIndex index(2);
  for (uint32_t i = 0; i < 5; ++i) index.add(i, titled("Same title for all of these"));
  std::vector<uint32_t> out;
  index.candidates(titled("Same title for all of these"), out);
  CHECK(out == std::vector<uint32_t>{3, 4});
}
