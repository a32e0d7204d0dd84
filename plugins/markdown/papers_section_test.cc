#include "papers_section.hh"

#include <catch2/catch.hpp>

#include "template_source.hh"

using namespace ream::markdown;

TEST_CASE("the digest splits at its main papers section, the table of contents stays in the frame", "[split]") {
  auto split = split_papers_section(embedded_template("digest"));
  REQUIRE(split);
  CHECK(split->item.starts_with("{{#papers}}{{{heading_md}}}"));
  CHECK(split->item.ends_with("{{/abstract_text}}\n{{/papers}}"));
  CHECK(split->frame.find("{{{ream_papers_marker}}}\n{{/groups}}") != std::string::npos);
  CHECK(split->marker_eats_newline);
  CHECK(split->has_index);
  CHECK(split->index_under_toc);
}

TEST_CASE("an inline papers section is cut at its tags", "[split]") {
  auto split = split_papers_section("A {{#papers}}<{{title}}>{{/papers}} B\n");
  REQUIRE(split);
  CHECK(split->frame == "A {{{ream_papers_marker}}} B\n");
  CHECK(split->item == "{{#papers}}<{{title}}>{{/papers}}");
  CHECK_FALSE(split->marker_eats_newline);
  CHECK_FALSE(split->has_index);
}

TEST_CASE("an index section outside {{#toc}} is always shown", "[split]") {
  auto split = split_papers_section("{{#papers}}{{{ref_md}}}{{/papers}}\n{{#papers}}{{abstract}}{{/papers}}");
  REQUIRE(split);
  CHECK(split->item == "{{#papers}}{{abstract}}{{/papers}}");
  CHECK(split->has_index);
  CHECK_FALSE(split->index_under_toc);
}

TEST_CASE("templates the split cannot model are rendered whole", "[split]") {
  CHECK_FALSE(split_papers_section("no papers {{digest_title}}"));
  CHECK_FALSE(split_papers_section("{{#papers}}{{title}}{{/papers}}{{#papers}}{{year}}{{/papers}}"));
  CHECK_FALSE(split_papers_section("{{=<% %>=}}<%#papers%>x<%/papers%>"));
  CHECK_FALSE(split_papers_section("{{#papers}}{{> part}}{{/papers}}"));
  CHECK_FALSE(split_papers_section("{{#papers}}x{{/groups}}"));
  CHECK_FALSE(split_papers_section("{{#papers}}x"));
}
