#include "template_renderer.hh"

#include <ream/plugin.hpp>

#include <catch2/catch.hpp>

#include "document_model.hh"
#include "template_source.hh"

using namespace ream::markdown;
namespace json = boost::json;

namespace {

const std::vector<std::string> kRecords = {
    R"({"id":"a","title":"First *one*","authors":["A. B","C D"],"year":2023,"abstract":"Text.\n# not a heading"})",
    R"({"id":"b","title":"Second","url":"https://x.org/b","keywords":["k1","k2"]})",
    R"({"id":"c","title":"","venue":"V"})",
};

std::string buffered(const std::string& tmpl) {
  DocumentModel model({});
  for (const auto& r : kRecords) model.add(json::parse(r).as_object());
  TemplateRenderer renderer(tmpl, "t");
  return renderer.render(model.document_data());
}

std::string streamed(const std::string& tmpl) {
  DocumentModel model({});
  TemplateRenderer renderer(tmpl, "t");
  REQUIRE(renderer.start_streaming(model.header_data()));
  std::string out = renderer.head();
  for (const auto& r : kRecords) out += renderer.render_paper(model.next_paper_data(json::parse(r).as_object()));
  return out + renderer.tail();
}

}  // namespace

TEST_CASE("streaming gives the same bytes as rendering the whole document", "[renderer]") {
  for (auto name : {"list", "table"}) {
    std::string tmpl(embedded_template(name));
    CHECK(streamed(tmpl) == buffered(tmpl));
  }
  std::string inline_section = "T: {{digest_title}}\n{{#papers}}<{{title_text}}>{{/papers}}\nend\n";
  CHECK(streamed(inline_section) == "T: Reading digest\n<First \\*one\\*><Second><Untitled>\nend\n");
}

TEST_CASE("a paper rendered in its own context gives the bytes of the whole document", "[renderer]") {
  // A body line that renders empty is dropped by the standalone rule
  // only because the section tag shares it; names fall through to the
  // document's variables.
  for (std::string tmpl : {
           "{{#papers}}{{abstract_text}}\n- {{title_text}}\n{{/papers}}",
           "{{#papers}}{{#links}}{{.}}{{/links}}{{digest_title}}/{{authors.0}}\n{{/papers}}",
       })
    CHECK(streamed(tmpl) == buffered(tmpl));
  // A body that names `papers` sees, as always when streaming, a list of
  // one paper (not the paper itself, which has no `id` to show here).
  CHECK(streamed("{{#papers}}{{#papers}}[{{id}}]{{/papers}}{{papers.id}}\n{{/papers}}") == "[a]\n[b]\n[c]\n");
}

TEST_CASE("templates without a papers section cannot stream", "[renderer]") {
  DocumentModel model({});
  TemplateRenderer renderer("just {{digest_title}}\n", "t");
  CHECK_FALSE(renderer.start_streaming(model.header_data()));
}

TEST_CASE("templates that show counts or cross-references need the whole stream", "[renderer]") {
  CHECK(TemplateRenderer(std::string(embedded_template("digest")), "d").needs_whole_stream());
  CHECK_FALSE(TemplateRenderer(std::string(embedded_template("list")), "l").needs_whole_stream());
}

TEST_CASE("a template that does not parse is a usage error", "[renderer]") {
  CHECK_THROWS_AS(TemplateRenderer("{{#papers}}x", "bad.mustache"), ream::UsageError);
}
