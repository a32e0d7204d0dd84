#include "paper_notes.hh"

#include <catch2/catch.hpp>

#include "test_sink.hh"

using namespace ream::import;

TEST_CASE("paper-notes: sections, title bullets, venue suffix, links, notes") {
  CollectingSink sink;
  parse_paper_notes(R"(---
title: Reading list
---

# Reading list

Some introduction with a [link](https://example.org).

## How I read

* skim first

## Paper 1
- Deep Gated Graph Networks [ICML'24]
- DeepMind
- University of Somewhere

### MON the paper
Found it: [abs](https://arxiv.org/abs/2101.00001v2) and [code](https://github.com/x/y).

### Viz
![](./fig.1.png)

## paper 02: Teaching Giants (NeurIPS 2023)
Summary text about arXiv:2202.00002 here.

```
## Paper 99 inside a fence is not a heading
```

## Paper 3
Text but no bullet.
)",
                    sink);
  REQUIRE(sink.papers.size() == 2);
  const Paper& a = sink.papers[0];
  CHECK(a.title == "Deep Gated Graph Networks");
  CHECK(a.venue == "ICML");
  CHECK(a.year == 2024);
  CHECK(a.line == 13);
  CHECK(a.arxiv == "2101.00001v2");
  CHECK(a.url == "https://arxiv.org/abs/2101.00001v2");
  CHECK(a.extra ==
        std::vector<std::pair<std::string, std::string>>{{"affiliation", "DeepMind; University of Somewhere"}});
  CHECK(a.notes ==
        "### MON the paper\nFound it: [abs](https://arxiv.org/abs/2101.00001v2) and [code](https://github.com/x/y).\n"
        "### Viz\n![](./fig.1.png)");
  const Paper& b = sink.papers[1];
  CHECK(b.title == "Teaching Giants");
  CHECK(b.venue == "NeurIPS");
  CHECK(b.year == 2023);
  CHECK(b.arxiv == "2202.00002");
  CHECK(b.url.empty());
  REQUIRE(sink.issues.size() == 1);
  CHECK(sink.issues[0].line == 31);
  CHECK(sink.issues[0].reason == "paper section 'Paper 3' has no title (no bullet after the heading)");
  CHECK(sink.issues[0].raw == "## Paper 3");
  REQUIRE(sink.warnings.size() == 2);
  CHECK(sink.warnings[0] ==
        std::make_pair(uint64_t{5},
                       std::string("section 'Reading list' is not a paper (no 'Paper NN' heading); skipped")));
  CHECK(sink.warnings[1].first == 9);
}

TEST_CASE("paper-notes: venue suffixes") {
  std::string bare, venue;
  int year = 0;
  CHECK(split_venue_suffix("Scaling Laws (NIPS 2023)", &bare, &venue, &year));
  CHECK(bare == "Scaling Laws");
  CHECK(venue == "NIPS");
  CHECK(year == 2023);
  CHECK_FALSE(split_venue_suffix("Attention (Part 2)", &bare, &venue, &year));
  CHECK_FALSE(split_venue_suffix("Plain title", &bare, &venue, &year));
}
