// The binary index: an index mapped from its file answers every lookup
// as the index it was written from, and a file that is not an index of
// this format is refused with the reason.
#include "index_file.hh"

#include <unistd.h>
#include <xxhash.h>

#include <array>
#include <catch2/catch.hpp>
#include <cstring>
#include <fstream>
#include <iterator>
#include <ream/atomic_file.hpp>

#include "known_records.hh"
#include "links.hh"
#include "temp_files.hh"

using namespace ream::cite;

namespace {

void fill(KnownRecords& known) {
  known.add({"arxiv:2312.03884", "Wonder Journey: Going from Anywhere to Everywhere", "2312.03884", "", {}, {}});
  known.add({"doi:10.1000/xyz", "Another Paper About Something Useful", "", "10.1000/XYZ", {}, {}});
  known.add({"p3", "A Third Record That Cites Things", "", "", {"978-3-16-148410-0"}, {"https://example.org/p3"}});
  known.add({"p4", "Learning Sparse Graph Representations of Molecules at Scale With Transformers", "", "", {}, {}});
  known.add({"p5", "", "", "10.1000/short", {}, {}});
  known.build();
}

// The built index `known`, written and read back as bytes.
std::string saved(const KnownRecords& known) {
  std::string path = ream::testing::write_temp("");
  {
    ream::SideFile file("build-index", path);
    index_file::Writer out;
    known.save(out);
    out.write(file);
    file.commit();
  }
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  unlink(path.c_str());
  return bytes;
}

// The message mapping `bytes` is refused with, or "" when it is accepted.
std::string refusal(const std::string& bytes) {
  std::string path = ream::testing::write_temp(bytes);
  std::string message;
  try {
    KnownRecords known;
    known.map_file(path);
  } catch (const ream::DataError& e) {
    message = e.what();
    CHECK(e.file() == path);
  }
  unlink(path.c_str());
  return message;
}

// A forged index: bytes of a real one, edited, with the checksum made
// to match again, as someone who knows the format could write it.  The
// table and scalar numbers are the format's order (KnownRecords::save).
class Forged {
 public:
  explicit Forged(std::string bytes) : bytes_(std::move(bytes)) {}
  template <typename T>
  T get(size_t table, size_t index, size_t field_offset = 0, size_t item_bytes = sizeof(T)) const {
    T value;
    std::memcpy(&value, bytes_.data() + item(table, index, item_bytes, field_offset), sizeof value);
    return value;
  }
  template <typename T>
  void set(size_t table, size_t index, T value, size_t field_offset = 0, size_t item_bytes = sizeof(T)) {
    std::memcpy(bytes_.data() + item(table, index, item_bytes, field_offset), &value, sizeof value);
  }
  void set_scalar(size_t scalar, uint64_t value) {
    std::memcpy(bytes_.data() + index_file::kHeaderBytes + scalar * 8, &value, sizeof value);
  }
  uint64_t scalar(size_t scalar) const {
    uint64_t value;
    std::memcpy(&value, bytes_.data() + index_file::kHeaderBytes + scalar * 8, sizeof value);
    return value;
  }
  // Items of `item_bytes` in a table.
  size_t items(size_t table, size_t item_bytes) const { return place(table)[1] / item_bytes; }
  std::string sealed() const {
    std::string out = bytes_;
    uint64_t sum = XXH3_64bits(out.data() + index_file::kHeaderBytes, out.size() - index_file::kHeaderBytes);
    std::memcpy(out.data() + 32, &sum, sizeof sum);
    return out;
  }

 private:
  std::array<uint64_t, 2> place(size_t table) const {
    uint32_t scalars;
    std::memcpy(&scalars, bytes_.data() + 44, sizeof scalars);
    std::array<uint64_t, 2> p;
    std::memcpy(p.data(), bytes_.data() + index_file::kHeaderBytes + scalars * 8 + table * 16, sizeof p);
    return p;
  }
  size_t item(size_t table, size_t index, size_t item_bytes, size_t field_offset) const {
    auto [offset, size] = place(table);
    REQUIRE((index + 1) * item_bytes <= size);
    return offset + index * item_bytes + field_offset;
  }
  std::string bytes_;
};

// Tables and scalars of the format, in its order.
enum : size_t {
  kIdEnds = 1,
  kKeyEntries = 4,
  kKeySlots = 5,
  kVocabulary = 6,
  kStates = 7,
  kRootNext = 8,
  kBigramRuns = 11,
  kPostings = 12,
  kLengths = 13,
  kBigramCount = 14,
};
enum : size_t { kMinNeeded = 0, kVocabularyUsed = 2 };
constexpr size_t kKeyEntryBytes = 12, kFlatSlotBytes = 12, kStateBytes = 16, kPostingBytes = 8;
// A state's fields: word and flags, fail, output, title.
constexpr size_t kFail = 4, kOutput = 8, kTitle = 12;

std::string links_of(const KnownRecords& known, std::string_view text, std::optional<size_t> self) {
  std::vector<FieldText> fields{{"abstract", -1, text}};
  return links_json(find_links(fields, known, self, LinkOptions{}), known);
}

}  // namespace

TEST_CASE("a mapped index answers as the index it was written from") {
  KnownRecords built(true, true);
  fill(built);
  std::string path = ream::testing::write_temp(saved(built));
  KnownRecords mapped;
  mapped.map_file(path);
  unlink(path.c_str());  // the mapping outlives the name
  REQUIRE(mapped.size() == built.size());
  for (size_t r = 0; r < built.size(); ++r) {
    CHECK(mapped.id(r) == built.id(r));
    CHECK(mapped.title(r) == built.title(r));
    CHECK(mapped.find_id(built.id(r)) == std::optional<size_t>(r));
  }
  CHECK(!mapped.find_id("p6"));
  std::string text =
      "Builds on arXiv:2312.03884v2, https://doi.org/10.1000/XYZ, ISBN 978-3-16-148410-0 and doi:10.1000/short; "
      "see another paper about something useful, wonder journey going from anywhere to everywhere, and "
      "learning sparse graph representations of the molecules at scale with transformers.";
  for (std::optional<size_t> self : {std::optional<size_t>(), std::optional<size_t>(0), std::optional<size_t>(3)})
    CHECK(links_of(mapped, text, self) == links_of(built, text, self));
  CHECK(links_of(mapped, text, std::nullopt).find("\"p4\"") != std::string::npos);  // the fuzzy mention
}

TEST_CASE("an empty index maps and finds nothing") {
  KnownRecords built(true, true);
  built.build();
  std::string path = ream::testing::write_temp(saved(built));
  KnownRecords mapped;
  mapped.map_file(path);
  unlink(path.c_str());
  CHECK(mapped.size() == 0);
  CHECK(links_of(mapped, "arXiv:2312.03884 and some words of text", std::nullopt) ==
        links_of(built, "arXiv:2312.03884 and some words of text", std::nullopt));
}

TEST_CASE("a file that is not an index of this format is refused with the reason") {
  KnownRecords built(true, true);
  fill(built);
  std::string good = saved(built);
  REQUIRE(refusal(good).empty());
  CHECK(refusal("{\"id\":\"x\"}\n") == "index: not a binary cite index (cite --build-index writes them)");
  CHECK(refusal(good.substr(0, 40)) == "index: truncated: 40 bytes, not even a header");
  CHECK(refusal(good.substr(0, good.size() - 64)) == "index: the header says " + std::to_string(good.size()) +
                                                         " bytes, the file has " + std::to_string(good.size() - 64) +
                                                         " (truncated or appended to)");
  std::string flipped = good;
  flipped[good.size() / 2] ^= 0x10;
  CHECK(refusal(flipped) == "index: checksum mismatch: the file is corrupt");
  std::string version = good;
  uint32_t two = index_file::kVersion + 1;
  std::memcpy(version.data() + 16, &two, sizeof two);
  CHECK(refusal(version) == "index: format version " + std::to_string(two) + ", this ream reads version " +
                                std::to_string(index_file::kVersion) +
                                "; build it again with this ream's cite --build-index");
  std::string swapped = good;
  std::swap(swapped[20], swapped[23]);
  std::swap(swapped[21], swapped[22]);
  CHECK(refusal(swapped) == "index: written on a machine of another byte order; build it here again");
}

// A file that passes the checksum may still be forged: every link a
// lookup follows is checked when it is mapped.  Each case is a lesson of
// the fuzzer (index_file_fuzz.cc, checksum skipped in fuzz builds).
TEST_CASE("a forged index with a valid checksum is refused where its tables do not hold together") {
  KnownRecords built(true, true);
  fill(built);
  const Forged good(saved(built));
  REQUIRE(refusal(good.sealed()).empty());
  size_t records = built.size();

  SECTION("identifier slots point inside the entries, and one is empty") {
    size_t slots = good.items(kKeySlots, 4), entries = good.items(kKeyEntries, kKeyEntryBytes);
    size_t used = 0;
    while (good.get<uint32_t>(kKeySlots, used) == 0) ++used;
    Forged past = good;
    past.set<uint32_t>(kKeySlots, used, static_cast<uint32_t>(entries + 1));
    CHECK(refusal(past.sealed()) == "index: identifier slot " + std::to_string(used) + " points past the " +
                                        std::to_string(entries) + " entries");
    Forged full = good;
    for (size_t i = 0; i < slots; ++i)
      if (full.get<uint32_t>(kKeySlots, i) == 0) full.set<uint32_t>(kKeySlots, i, 1);
    CHECK(refusal(full.sealed()) == "index: the identifier table has no empty slot");
  }
  SECTION("identifier entries name records the index has") {
    Forged f = good;
    f.set<uint32_t>(kKeyEntries, 0, 99, 8, kKeyEntryBytes);
    CHECK(refusal(f.sealed()) == "index: identifier entry 0 names record 99 of " + std::to_string(records));
  }
  SECTION("a hash table's count is the keys it holds") {
    Forged f = good;
    uint64_t used = good.scalar(kVocabularyUsed);
    f.set_scalar(kVocabularyUsed, used - 1);
    CHECK(refusal(f.sealed()) ==
          "index: a hash table holds " + std::to_string(used) + " keys, its count says " + std::to_string(used - 1));
  }
  SECTION("the vocabulary names words of the root table") {
    size_t slot = 0;
    while (good.get<uint64_t>(kVocabulary, slot, 0, kFlatSlotBytes) == 0) ++slot;
    size_t words = good.items(kRootNext, 4);
    Forged f = good;
    f.set<uint32_t>(kVocabulary, slot, static_cast<uint32_t>(words), 8, kFlatSlotBytes);
    CHECK(refusal(f.sealed()) ==
          "index: the title vocabulary names word " + std::to_string(words) + " of " + std::to_string(words));
  }
  SECTION("the automaton's links lead to states it has, each state with one parent before it") {
    size_t states = good.items(kStates, kStateBytes);
    size_t word = 1;
    while (good.get<uint32_t>(kRootNext, word) == 0) ++word;
    Forged outside = good;
    outside.set<uint32_t>(kRootNext, word, static_cast<uint32_t>(states));
    CHECK(refusal(outside.sealed()) == "index: a title automaton link from state 0 leads to state " +
                                           std::to_string(states) + " of " + std::to_string(states));
    Forged orphan = good;
    orphan.set<uint32_t>(kRootNext, word, 0);
    CHECK(refusal(orphan.sealed()) ==
          "index: title state " + std::to_string(good.get<uint32_t>(kRootNext, word)) + " has no parent");
  }
  SECTION("failure and output links lead to shallower states") {
    Forged loop = good;
    loop.set<uint32_t>(kStates, 2, 2, kFail, kStateBytes);
    CHECK(refusal(loop.sealed()) == "index: title state 2 fails to a state no shallower");
    size_t end = 1;  // a state where a title ends: deeper than state 1
    while (good.get<int32_t>(kStates, end, kTitle, kStateBytes) < 0) ++end;
    Forged output = good;
    output.set<uint32_t>(kStates, 1, static_cast<uint32_t>(end), kOutput, kStateBytes);
    CHECK(refusal(output.sealed()) == "index: title state 1's output is not a shallower title's end");
  }
  SECTION("a title ends at the depth of its length") {
    size_t end = 1;
    while (good.get<int32_t>(kStates, end, kTitle, kStateBytes) < 0) ++end;
    uint32_t title = static_cast<uint32_t>(good.get<int32_t>(kStates, end, kTitle, kStateBytes));
    uint32_t length = good.get<uint32_t>(kLengths, title);
    Forged f = good;
    f.set<uint32_t>(kLengths, title, length + 5);  // a mention would start before the text
    CHECK(refusal(f.sealed()) == "index: title state " + std::to_string(end) + " ends title " + std::to_string(title) +
                                     ", not one of its depth " + std::to_string(length));
  }
  SECTION("bigram runs and postings lie inside their tables") {
    size_t postings = good.items(kPostings, kPostingBytes);
    REQUIRE(postings > 0);
    size_t slot = 0;
    while (good.get<uint64_t>(kBigramRuns, slot, 0, kFlatSlotBytes) == 0) ++slot;
    Forged run = good;
    run.set<uint32_t>(kBigramRuns, slot, static_cast<uint32_t>(postings << 4 | 1), 8, kFlatSlotBytes);
    CHECK(refusal(run.sealed()) ==
          "index: a bigram's run of postings lies outside the " + std::to_string(postings) + " postings");
    uint32_t title = good.get<uint32_t>(kPostings, 0, 0, kPostingBytes);
    uint32_t bigrams = good.get<uint32_t>(kBigramCount, title);
    Forged offset = good;
    offset.set<uint32_t>(kPostings, 0, bigrams, 4, kPostingBytes);
    CHECK(refusal(offset.sealed()) == "index: a posting names bigram " + std::to_string(bigrams) + " of title " +
                                          std::to_string(title) + ", which has none such");
    // A title's bigrams size a window per title: they must be its words
    // but one, and its words a path of the automaton.
    uint32_t words = good.get<uint32_t>(kLengths, title);
    Forged count = good;
    count.set<uint32_t>(kBigramCount, title, 1000000000);
    CHECK(refusal(count.sealed()) == "index: title " + std::to_string(title) + " has 1000000000 bigrams and " +
                                         std::to_string(words) + " words, not a path of the title automaton");
  }
  SECTION("a fuzzy match needs at least one bigram") {
    Forged f = good;
    f.set_scalar(kMinNeeded, 0);
    CHECK(refusal(f.sealed()) == "index: the fuzzy title match needs no bigrams");
  }
}
