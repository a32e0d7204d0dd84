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

TEST_CASE("a title of four words meets the same title with a venue run on") {
  CandidateIndex index;
  index.add(0, titled("The strength of weak learnability"));
  index.add(1, titled("Weak learnability"));
  std::vector<uint32_t> out;
  index.candidates(titled("The strength of weak learnability. Machine Learning 5 197-227. Typeset with LaTeX"), out);
  CHECK(out == std::vector<uint32_t>{0});
}

TEST_CASE("a block gives at most its cap of recent records") {
  CandidateIndex index(2);
  for (uint32_t i = 0; i < 5; ++i) index.add(i, titled("Same title for all of these"));
  std::vector<uint32_t> out;
  index.candidates(titled("Same title for all of these"), out);
  CHECK(out == std::vector<uint32_t>{3, 4});
}

TEST_CASE("records whose identifiers certainly differ are not comparable candidates") {
  CandidateIndex index;
  auto a = titled("Cryptographic primitives based on hard learning problems", "2312.00001");
  auto b = titled("Cryptographic primitives based on hard learning problems", "2312.00002");
  auto c = titled("Cryptographic primitives based on hard learning problems");
  index.add(0, a);
  index.add(1, b);
  index.add(2, c);
  auto query = titled("Cryptographic primitives based on hard learning problems.", "2312.00001v2");
  std::vector<uint32_t> out;
  index.candidates(query, out);
  CHECK(out == std::vector<uint32_t>{0, 1, 2});
  index.comparable_candidates(CandidateIndex::block_keys(query), id_print(query), out);
  CHECK(out == std::vector<uint32_t>{0, 2});
  CHECK(prints_differ(id_print(b), id_print(query)));
  CHECK_FALSE(prints_differ(id_print(a), id_print(query)));
  CHECK_FALSE(prints_differ(id_print(c), id_print(query)));
}

TEST_CASE("a full block keeps its newest members as a ring") {
  CandidateIndex index(3);
  for (uint32_t i = 0; i < 8; ++i) index.add(i, titled("Same title for all of these"));
  std::vector<uint32_t> out;
  index.candidates(titled("Same title for all of these"), out);
  CHECK(out == std::vector<uint32_t>{5, 6, 7});
}
