#include "papers_section.hh"

#include <catch2/catch.hpp>

#include "template_source.hh"

using namespace ream::markdown;

TEST_CASE("the digest splits at its main papers section, the table of contents stays in the frame", "[split]") {
  auto split = split_papers_section(embedded_template("digest"));
  REQUIRE(split);
  REQUIRE(split->sections.size() == 3);  // grouped and ungrouped contents, then the papers
  CHECK(split->sections[0].item == "{{#papers}}  - {{{ref_md}}}\n{{/papers}}");
  CHECK(split->sections[1].item == "{{#papers}}- {{{ref_md}}}\n{{/papers}}");
  CHECK_FALSE(split->sections[0].full);
  CHECK_FALSE(split->sections[1].full);
  CHECK(split->sections[2].item.starts_with("{{#papers}}{{{heading_md}}}"));
  CHECK(split->sections[2].item.ends_with("{{/abstract_text}}\n{{/papers}}"));
  CHECK(split->sections[2].full);
  CHECK(split->sections[2].marker_eats_newline);
  CHECK(split->frame.find("{{{ream_papers_marker_2}}}\n{{/groups}}") != std::string::npos);
}

TEST_CASE("an inline papers section is cut at its tags", "[split]") {
  auto split = split_papers_section("A {{#papers}}<{{title}}>{{/papers}} B\n");
  REQUIRE(split);
  CHECK(split->frame == "A {{{ream_papers_marker_0}}} B\n");
  REQUIRE(split->sections.size() == 1);
  CHECK(split->sections[0].item == "{{#papers}}<{{title}}>{{/papers}}");
  CHECK_FALSE(split->sections[0].marker_eats_newline);
}

TEST_CASE("only the section that shows more than the index needs full variables", "[split]") {
  auto split = split_papers_section("{{#papers}}{{{ref_md}}}{{/papers}}\n{{#papers}}{{abstract}}{{/papers}}");
  REQUIRE(split);
  CHECK(split->frame == "{{{ream_papers_marker_0}}}\n{{{ream_papers_marker_1}}}");
  REQUIRE(split->sections.size() == 2);
  CHECK_FALSE(split->sections[0].full);
  CHECK(split->sections[1].item == "{{#papers}}{{abstract}}{{/papers}}");
  CHECK(split->sections[1].full);
}

TEST_CASE("templates the split cannot model are rendered whole", "[split]") {
  CHECK_FALSE(split_papers_section("no papers {{digest_title}}"));
  CHECK_FALSE(split_papers_section("{{#papers}}{{title}}{{/papers}}{{#papers}}{{year}}{{/papers}}"));
  CHECK_FALSE(split_papers_section("{{=<% %>=}}<%#papers%>x<%/papers%>"));
  CHECK_FALSE(split_papers_section("{{#papers}}{{> part}}{{/papers}}"));
  CHECK_FALSE(split_papers_section("{{#papers}}x{{/groups}}"));
  CHECK_FALSE(split_papers_section("{{#papers}}x"));
}
