#include "title_mentions.hh"

#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

using namespace ream::cite;

namespace {

TitleIndex index_of(std::initializer_list<const char*> titles) {
  TitleIndex index;
  for (const char* t : titles) index.add(t);
  index.build();
  return index;
}

}  // namespace

TEST_CASE("title words carry byte spans and title_key form") {
  auto words = title_words(
      "Wonder-Journey: \xC3\x9C"
      "ber don't");
  REQUIRE(words.size() == 4);
  CHECK(words[0].begin == 0);
  CHECK(words[0].end == 6);
  CHECK(words[2].begin == 16);
  CHECK(words[3].end == std::string("Wonder-Journey: \xC3\x9C"
                                    "ber don't")
                            .size());
}

TEST_CASE("exact title mentions, overlapping titles, spans") {
  auto index = index_of({"Attention Is All You Need", "Deep Residual Learning for Image Recognition", "Short"});
  std::string text = "as in \"Deep residual learning for image-recognition\" and attention is all you need.";
  auto found = index.find(text);
  REQUIRE(found.size() == 2);
  CHECK(found[0].title == 1);
  CHECK(text.substr(found[0].begin, found[0].end - found[0].begin) == "Deep residual learning for image-recognition");
  CHECK(found[1].title == 0);
  CHECK(found[1].exact);
  CHECK(index.find("short").empty());
}

TEST_CASE("Aho-Corasick failure links find a title after a false start") {
  auto index = index_of({"graph neural networks for molecules", "neural networks for molecules and proteins"});
  auto found = index.find("graph neural networks for molecules and proteins");
  REQUIRE(found.size() == 2);
}

TEST_CASE("strong fuzzy matches, not weak ones") {
  auto index = index_of({"Scaling Laws for Neural Language Models of Code and Text"});
  auto fuzzy = index.find("see scaling laws for neural language models of code and text corpora");
  REQUIRE(fuzzy.size() == 1);
  CHECK(fuzzy[0].exact);
  auto dropped = index.find("see scaling laws for neural language models of code text");
  REQUIRE(dropped.size() == 1);
  CHECK_FALSE(dropped[0].exact);
  CHECK(index.find("scaling laws for neural networks and other things of code").empty());
}

TEST_CASE("fuzzy matches need their bigrams close together") {
  auto index = index_of({"Scaling Laws for Neural Language Models of Code and Text"});
  // The same bigrams spread far apart are no mention.
  std::string spread = "scaling laws for neural";
  for (int i = 0; i < 20; ++i) spread += " filler";
  spread += " language models of code text";
  CHECK(index.find(spread).empty());
}

TEST_CASE("many titles sharing a prefix: failure links and branches") {
  auto index = index_of({"learning to rank with deep networks", "learning to rank with trees and forests",
                         "learning to see in the dark", "rank with trees and forests revisited"});
  auto found = index.find("we study learning to rank with trees and forests revisited today");
  REQUIRE(found.size() == 2);
  CHECK(found[0].title == 1);
  CHECK(found[1].title == 3);
  CHECK(found[1].exact);
}

TEST_CASE("apostrophes and accents fold like title keys") {
  auto index = index_of({"Don't Stop Pretraining Now Please",
                         "\xC3\x9C"
                         "ber Graph Neural Networks Today"});
  CHECK(index.find("as in don't stop pretraining now please.").size() == 1);
  CHECK(index.find("see uber graph neural networks today").size() == 1);
}

TEST_CASE("an exact mention is not also a fuzzy mention of a longer title containing it") {
  auto index = index_of({"Sparse Lanterns: Keyphrase Extraction without Training Data",
                         "Erratum: Sparse Lanterns: Keyphrase Extraction without Training Data"});
  auto found = index.find("Building on Sparse Lanterns: Keyphrase Extraction without Training Data, we show more.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].title == 0);
  CHECK(found[0].exact);
  // The erratum, named in full, is the erratum: not also the original whose
  // title stands inside it.
  auto named = index.find("See Erratum: Sparse Lanterns: Keyphrase Extraction without Training Data.");
  REQUIRE(named.size() == 1);
  CHECK(named[0].title == 1);
  CHECK(named[0].exact);
}

TEST_CASE("find() with a scratch space per thread gives what one thread finds") {
  TitleIndex index;
  std::vector<std::string> texts;
  for (int i = 0; i < 200; ++i) {
    auto words = [](int n, bool drop) {
      std::string s = "alpha" + std::to_string(n) + " beta" + std::to_string(n) + " gamma" + std::to_string(n);
      if (!drop) s += " delta" + std::to_string(n);
      return s + " epsilon" + std::to_string(n) + " zeta" + std::to_string(n) + " eta" + std::to_string(n) + " theta" +
             std::to_string(n) + " iota" + std::to_string(n);
    };
    index.add(words(i, false));
    texts.push_back("we extend " + words(i, false) + " and " + words((i * 7) % 200, true) + " (a word dropped)");
  }
  index.build();
  auto same = [](const std::vector<TitleMention>& a, const std::vector<TitleMention>& b) {
    if (a.size() != b.size()) return false;
    for (size_t k = 0; k < a.size(); ++k)
      if (a[k].title != b[k].title || a[k].begin != b[k].begin || a[k].end != b[k].end || a[k].exact != b[k].exact)
        return false;
    return true;
  };
  std::vector<std::vector<TitleMention>> alone;
  for (const auto& t : texts) alone.push_back(index.find(t));
  CHECK(alone[3].size() == 2);
  CHECK_FALSE(alone[3][1].exact);
  std::vector<std::vector<TitleMention>> threaded(texts.size());
  std::vector<std::thread> threads;
  for (size_t part = 0; part < 4; ++part)
    threads.emplace_back([&, part] {
      TitleIndex::Scratch scratch;
      for (size_t k = part; k < texts.size(); k += 4) threaded[k] = index.find(texts[k], scratch);
    });
  for (auto& t : threads) t.join();
  for (size_t k = 0; k < texts.size(); ++k) CHECK(same(alone[k], threaded[k]));
}
