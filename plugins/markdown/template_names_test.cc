#include "template_names.hh"

#include <catch2/catch.hpp>

using ream::markdown::TemplateNames;

TEST_CASE("a field is kept when a tag of any kind can name it", "[names]") {
  TemplateNames names("{{title}} {{{raw}}} {{& amp }} {{#list}}{{/list}} {{^none}}{{/none}} {{ spaced }}");
  for (const char* name : {"title", "raw", "amp", "list", "none", "spaced"}) CHECK(names.may_name(name));
}

TEST_CASE("a field is kept when it is a part of a dotted name", "[names]") {
  TemplateNames names("{{venue.name}} {{#x}}{{a.b.c}}{{/x}}");
  for (const char* name : {"venue", "name", "a", "b", "c"}) CHECK(names.may_name(name));
}

TEST_CASE("a field the template cannot name is left out", "[names]") {
  TemplateNames names("{{abstract_text}} {{title}} abstract: {{#my_authors}}{{/my_authors}}");
  CHECK_FALSE(names.may_name("abstract"));  // only inside a longer name, and in text before ':'
  CHECK_FALSE(names.may_name("authors"));
  CHECK_FALSE(names.may_name("itle"));
  CHECK(names.may_name("abstract_text"));
}

TEST_CASE("odd field names are kept whenever they appear between tag characters", "[names]") {
  TemplateNames names("{{a}b}} {{ with space }}");
  CHECK(names.may_name("a}b"));
  CHECK(names.may_name("with space"));
  CHECK(names.may_name(""));
}

TEST_CASE("custom delimiters, or no template, keep every field", "[names]") {
  CHECK(TemplateNames("{{=<% %>=}}<%abstract%>").may_name("anything"));
  CHECK(TemplateNames().may_name("anything"));
}
