// The binary index: an index mapped from its file answers every lookup
// as the index it was written from, and a file that is not an index of
// this format is refused with the reason.
#include "index_file.hh"

#include <unistd.h>

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
