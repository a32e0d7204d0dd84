#include "paper_record.hh"

#include <ream/text.hpp>

#include <catch2/catch.hpp>

#include <map>
#include <optional>
#include <string>

using namespace ream::import;

TEST_CASE("record JSON: canonical order, cleaned text, extras, source") {
  Paper p;
  p.line = 7;
  p.title = "  Cafe\xCC\x81   au\tlait ";  // e + combining accent: NFC makes one letter
  p.authors = {"Ada  Lovelace", " "};
  p.date = "2023-12-06";
  p.arxiv = "2312.03884v1";
  p.extra = {{"volume", "12"}};
  p.extra_json = {{"score", "0.5"}};
  clean_paper(p);
  CHECK(p.title == "Caf\xC3\xA9 au lait");
  CHECK(p.year == 2023);
  CHECK(paper_id(p) == "arxiv:2312.03884");
  CHECK(
      record_json(p, "arxiv:2312.03884", "in \"x\".txt") ==
      R"({"id":"arxiv:2312.03884","title":"Café au lait","authors":["Ada Lovelace"],"year":2023,)"
      R"("date":"2023-12-06","arxiv":"2312.03884v1","volume":"12","score":0.5,"source":{"file":"in \"x\".txt","line":7}})");
}

TEST_CASE("ids without arXiv: DOI, then title hash") {
  Paper p;
  p.title = "Some Title";
  CHECK(paper_id(p).starts_with("title:"));
  CHECK(paper_id(p).size() == 6 + 12);
  p.doi = "https://doi.org/10.1000/ABC";
  CHECK(paper_id(p) == "doi:10.1000/abc");
}

TEST_CASE("id registry: later claimants get distinct ids") {
  IdRegistry ids;
  CHECK(ids.claim("arxiv:1", "first").id == "arxiv:1");
  auto second = ids.claim("arxiv:1", "second");
  CHECK(second.id == "arxiv:1~2");
  CHECK(second.taken_by == "first");
  CHECK(ids.claim("arxiv:1~3", "squatter").id == "arxiv:1~3");
  CHECK(ids.claim("arxiv:1", "third").id == "arxiv:1~4");
}

TEST_CASE("id registry: tells a repeat of the same title from a conflict") {
  IdRegistry ids;
  ids.claim("arxiv:1", "first", "graph networks");
  auto repeat = ids.claim("arxiv:1", "again", "graph networks");
  CHECK(repeat.id == "arxiv:1~2");
  CHECK(repeat.same_title);
  auto other = ids.claim("arxiv:1", "other", "teaching giants");
  CHECK(other.id == "arxiv:1~3");
  CHECK_FALSE(other.same_title);
  CHECK(other.taken_by == "first");
}

TEST_CASE("id registry: many ids, repeats and squatters, as a plain map would hand them out") {
  // Enough ids to grow the table several times, every tenth one repeated
  // and some claimed in their ~N form first: the ids handed out must be
  // those the rule gives, whatever the table's size when they come.
  IdRegistry ids;
  std::map<std::string, std::string> owner;  // the model: id -> who
  for (int i = 0; i < 20000; ++i) {
    std::string id = "doi:10.1/" + std::to_string(i % 9000);
    if (i % 997 == 0) id = "doi:10.1/" + std::to_string(i % 9000 + 1) + "~2";
    // Long enough that the claimants' strings fill several of the
    // registry's blocks, and one longer than a block.
    std::string who = "p" + std::to_string(i) + std::string(i == 77 ? 3 << 20 : 100, 'w');
    std::string expected = id;
    std::optional<std::string> taken_by;
    if (owner.count(id)) {
      taken_by = owner[id];
      int n = 2;
      while (owner.count(id + "~" + std::to_string(n))) ++n;
      expected = id + "~" + std::to_string(n);
    }
    auto claim = ids.claim(id, who);
    REQUIRE(claim.id == expected);
    CHECK(claim.taken_by == taken_by);
    owner[expected] = who;
  }
}

TEST_CASE("clean: NFC text takes the UTF-8 path and gives what text::clean gives") {
  for (std::string s : {"  Erd\u0151s,\u00A0P\u00E1l  ", "caf\u00E9\u2003au\u200Blait", "cafe\u0301 x",
                        "\u65E5\u672C\u8A9E \u2014 text", "\uFEFFTitle\u2028two"}) {
    Paper p;
    p.title = s;
    clean_paper(p);
    CHECK(p.title == ream::text::clean(s));
  }
}
