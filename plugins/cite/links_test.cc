#include "links.hh"

#include <catch2/catch.hpp>

using namespace ream::cite;

namespace {

KnownRecords stream() {
  KnownRecords known;
  known.add({"arxiv:2312.03884", "Wonder Journey: Going from Anywhere to Everywhere", "2312.03884", "", {}, {}});
  known.add({"doi:10.1000/xyz", "Another Paper About Something Useful", "", "10.1000/XYZ", {}, {}});
  known.add({"p3", "A Third Record That Cites Things", "", "", {}, {"https://example.org/p3"}});
  known.build();
  return known;
}

}  // namespace

TEST_CASE("identifiers and titles resolve to records, never to self") {
  KnownRecords known = stream();
  std::string text =
      "Builds on arXiv:2312.03884v2 and https://doi.org/10.1000/XYZ; see also "
      "another paper about something useful, and a third record that cites things.";
  std::vector<FieldText> fields{{"abstract", -1, text}};
  auto links = find_links(fields, known, 2, LinkOptions{});
  std::vector<size_t> cited = cited_records(links);
  CHECK(cited == std::vector<size_t>{0, 1});
  for (const auto& l : links) CHECK(l.target != std::optional<size_t>(2));
  auto json = links_json(links, known);
  CHECK(json.find(R"({"kind":"arxiv","id":"2312.03884","url":"https://arxiv.org/abs/2312.03884",)"
                  R"("field":"abstract","span":[10,28],"target":"arxiv:2312.03884"})") != std::string::npos);
  CHECK(json.find(R"("kind":"url","id":"https://doi.org/10.1000/XYZ")") != std::string::npos);
  CHECK(json.find(R"("kind":"record","id":"doi:10.1000/xyz")") != std::string::npos);
}

TEST_CASE("a title field never links to a duplicate's title") {
  KnownRecords known = stream();
  std::vector<FieldText> fields{{"title", -1, "Another Paper About Something Useful"}};
  CHECK(find_links(fields, known, 2, LinkOptions{}).empty());
}

TEST_CASE("array elements keep their index") {
  KnownRecords known = stream();
  std::vector<FieldText> fields{{"references", 3, "hep-th/9901001"}};
  auto links = find_links(fields, known, std::nullopt, LinkOptions{});
  REQUIRE(links.size() == 1);
  CHECK(links_json(links, known) ==
        R"([{"kind":"arxiv","id":"hep-th/9901001","url":"https://arxiv.org/abs/hep-th/9901001",)"
        R"("field":"references","index":3,"span":[0,14]}])");
}
