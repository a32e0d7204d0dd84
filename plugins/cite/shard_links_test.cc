// The merge of an index's shards gives the links of one index: checked on
// every way of cutting a small set of records, with texts that mention
// the same identifier and title through records of several shards, and
// through the JSON lines the shards write.
#include "shard_links.hh"

#include <catch2/catch.hpp>

#include "bigram_counts.hh"

using namespace ream::cite;

namespace {

std::vector<RecordKeys> records() {
  return {
      {"a1", "Graph Neural Networks for Molecule Design", "2101.00001", "10.1000/shared", {}, {}},
      {"d1", "Sparse Attention Kernels Revisited For Long Documents", "", "", {}, {}},
      {"a2", "Erratum: Graph Neural Networks for Molecule Design", "2101.00001", "10.1000/shared", {}, {}},
      {"d2", "Sparse Attention Kernels Revisited For Long Documents", "", "", {}, {"https://example.org/d"}},
      {"u1", "Graph Neural Networks", "", "", {}, {"https://example.org/d"}},
  };
}

std::unique_ptr<KnownRecords> index_of(const std::vector<RecordKeys>& keys, size_t begin, size_t end) {
  auto known = std::make_unique<KnownRecords>();
  for (size_t i = begin; i < end; ++i) known->add(keys[i]);
  known->build();
  return known;
}

const char* kText =
    "Corrects doi:10.1000/shared (arXiv:2101.00001) and https://example.org/d; see Erratum: Graph Neural Networks "
    "for Molecule Design, Sparse Attention Kernels Revisited For Long Texts, and later Sparse Attention Kernels "
    "Revisited For Long Documents.";

}  // namespace

TEST_CASE("shards cut anywhere merge to the links of one index") {
  std::vector<RecordKeys> keys = records();
  auto one = index_of(keys, 0, keys.size());
  std::vector<FieldText> fields{{"abstract", -1, kText}, {"notes", 0, "arXiv:2101.00001"}};
  for (size_t self = 0; self < keys.size(); ++self) {
    std::string expected = links_json(find_links(fields, *one, self, LinkOptions{}), *one);
    // Every cut into two or three shards of consecutive records.
    for (size_t cut1 = 1; cut1 < keys.size(); ++cut1)
      for (size_t cut2 = cut1; cut2 <= keys.size(); ++cut2) {
        std::vector<size_t> bounds{0, cut1};
        if (cut2 > cut1 && cut2 < keys.size()) bounds.push_back(cut2);
        bounds.push_back(keys.size());
        std::vector<ShardLinks> shards;
        for (size_t k = 0; k + 1 < bounds.size(); ++k) {
          auto shard = index_of(keys, bounds[k], bounds[k + 1]);
          KnownRecords::Scratch scratch;
          std::string line = shard_links_json(find_shard_links(keys[self].id, fields, *shard, LinkOptions{}, scratch));
          shards.push_back(parse_shard_links(line));
          CHECK(shard_links_json(shards.back()) == line);
        }
        auto links = merge_shard_links(fields, shards, LinkOptions{});
        INFO("self " << self << ", cuts " << cut1 << " " << cut2);
        CHECK(links_json(links, [&](size_t code) { return shard_record_id(shards, code); }) == expected);
      }
  }
}

TEST_CASE("shard links lines that name no record, or are not one, are refused") {
  CHECK_THROWS_WITH(parse_shard_links("[]"), "not a JSON object");
  CHECK_THROWS_WITH(parse_shard_links(R"({"id":"x","fields":[[[3],[],[]]],"names":[]})"), "record 3 is not named");
  CHECK_THROWS_WITH(parse_shard_links(R"({"id":"x","fields":[[[],[[0,4,0,1,5]],[]]],"names":[[0,"y"]]})"),
                    "a mention's words do not fit before its last word");
  CHECK_THROWS_WITH(parse_shard_links(R"({"id":"x","fields":[],"names":[[1,"y"],[0,"z"]]})"),
                    "the names are not in record order");
  CHECK_THROWS_WITH(parse_shard_links(R"({"id":"x","self":0,"fields":[],"names":[[0,"x"]]})"), "no \"own\"");
}

TEST_CASE("bigram counts lines are read back and summed over files") {
  CHECK(bigram_counts::parse_line("00000000000000ff 3") == std::pair<uint64_t, uint64_t>{255, 3});
  CHECK_THROWS_WITH(bigram_counts::parse_line("00000000000000FF 3"), "the key is not 16 lower-case hex digits");
  CHECK_THROWS_WITH(bigram_counts::parse_line("00000000000000ff 0"), "the count is not a number from 1 to 9");
  CHECK_THROWS_WITH(bigram_counts::parse_line("ff 3"), "not a bigram count: \"KEY COUNT\", a key of 16 hex digits");
  bigram_counts::Totals totals({1, 2, 3});
  totals.add(1, 9);
  totals.add(2, 4);
  totals.add(2, 5);
  totals.add(3, 8);
  totals.add(4, 9);  // not this shard's
  CHECK(totals.excluded() == std::vector<uint64_t>{1, 2});
}

TEST_CASE("bigram counts count each title's bigrams once, capped, in key order") {
  bigram_counts::Counter counter;
  TitleIndex::TitleWords words;
  // Six words: five bigrams, one of them twice in the title (counted once).
  TitleIndex::words_of("alpha beta alpha beta gamma delta", words);
  for (int i = 0; i < 12; ++i) counter.add(words);
  TitleIndex::words_of("too short", words);  // no fuzzy bigrams
  counter.add(words);
  std::string text;
  counter.write([&](std::string_view block) { text += block; });
  std::vector<uint64_t> keys;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    auto [key, count] = bigram_counts::parse_line(std::string_view(text).substr(start, end - start));
    CHECK(count == bigram_counts::kCap);
    CHECK((keys.empty() || keys.back() < key));
    keys.push_back(key);
    start = end + 1;
  }
  CHECK(keys.size() == 4);  // alpha-beta, beta-alpha, beta-gamma, gamma-delta
}
