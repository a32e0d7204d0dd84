// Ranking on hand-made abstracts: order, near-repeats, case, ties.
#include "extractor.hh"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace ream::keywords;

namespace {

std::vector<std::string> keywords(Extractor& ex, DocumentFrequency& df, std::string_view title,
                                  std::string_view abstract, size_t k = 5) {
  Field fields[] = {{title, true}, {abstract, false}};
  ex.analyse(fields);
  df.add_document(ex.document_terms());
  std::vector<std::string> out;
  for (const auto& p : ex.extract(df, k)) out.push_back(p.phrase);
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("title phrases and repeated multi-word phrases lead") {
  Extractor ex(Stoplist::builtin());
  DocumentFrequency df(ex.terms());
  auto got = keywords(ex, df, "Sparse coding for image denoising",
                      "We propose sparse coding with learned dictionaries. Image denoising results show that "
                      "sparse coding removes Gaussian noise.",
                      2);
  CHECK(got == V{"sparse coding", "image denoising"});
}

TEST_CASE("near-repeats are merged, the most frequent form shown") {
  Extractor ex(Stoplist::builtin());
  DocumentFrequency df(ex.terms());
  auto got = keywords(ex, df, "", "A neural network is useful. Neural networks are trained. Neural networks.", 10);
  CHECK(got == V{"neural networks"});
}

TEST_CASE("one casing per phrase: title case and hyphen capitals are folded") {
  Extractor ex(Stoplist::builtin());
  DocumentFrequency df(ex.terms());
  auto got =
      keywords(ex, df, "Linear-Time Sequence Models", "We train linear-time sequence models on GPU clusters.", 10);
  CHECK(got == V{"linear-time sequence models", "GPU clusters"});
}

TEST_CASE("acronyms and names keep their case, sentence capitals do not") {
  Extractor ex(Stoplist::builtin());
  DocumentFrequency df(ex.terms());
  auto got =
      keywords(ex, df, "", "Hutchison Telecommunications and Global Crossing merge. Routers use the TCP stack.", 10);
  CHECK(std::find(got.begin(), got.end(), "Hutchison Telecommunications") != got.end());
  CHECK(std::find(got.begin(), got.end(), "TCP stack") != got.end());
  CHECK(std::find(got.begin(), got.end(), "routers") != got.end());
}

TEST_CASE("same input, same output; k bounds the list") {
  Extractor a(Stoplist::builtin()), b(Stoplist::builtin());
  DocumentFrequency dfa(a.terms()), dfb(b.terms());
  std::string_view text = "alpha beta. gamma delta. alpha beta gamma.";
  CHECK(keywords(a, dfa, "", text, 2) == keywords(b, dfb, "", text, 2));
  CHECK(keywords(a, dfa, "", text, 2).size() == 2);
  CHECK(keywords(a, dfa, "", "", 5).empty());
  CHECK(keywords(a, dfa, "the of and", "", 5).empty());
}
