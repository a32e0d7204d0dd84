#include "document_model.hh"

#include <catch2/catch.hpp>

#include "template_renderer.hh"
#include "template_source.hh"

using namespace ream::markdown;
namespace json = boost::json;

namespace {

json::object rec(std::string_view text) { return json::parse(text).as_object(); }

std::string render(const std::string& tmpl, DocumentOptions o, const std::vector<std::string>& recs) {
  DocumentModel model(std::move(o));
  for (const auto& r : recs) model.add(rec(r));
  TemplateRenderer renderer(tmpl, "test");
  return renderer.render(model.document_data());
}

const std::string kRefs =
    "{{#groups}}{{#papers}}{{anchor}}:{{#cites_refs}}>{{anchor}}{{/cites_refs}}"
    "{{#cited_by_refs}}<{{anchor}}{{/cited_by_refs}};{{/papers}}{{/groups}}";

}  // namespace

TEST_CASE("cites and cited-by link papers of the same document", "[model]") {
  std::string out = render(
      kRefs, {},
      {R"({"id":"a","title":"A","cites":["b","zzz","a"]})",
       R"({"id":"b","title":"B","links":[{"kind":"record","id":"c","target":"c"}]})", R"({"id":"c","title":"C"})"});
  CHECK(out == "paper-a:>paper-b;paper-b:>paper-c<paper-a;paper-c:<paper-b;");
}

TEST_CASE("papers sort by number or text, missing values last", "[model]") {
  const std::string ids = "{{#groups}}{{#papers}}{{id}} {{/papers}}{{/groups}}";
  std::vector<std::string> recs = {R"({"id":"x","year":2021})", R"({"id":"y"})", R"({"id":"z","year":"2019"})",
                                   R"({"id":"w","year":2023})"};
  DocumentOptions up;
  up.sort_field = "year";
  CHECK(render(ids, up, recs) == "z x w y ");
  DocumentOptions down = up;
  down.sort_descending = true;
  CHECK(render(ids, down, recs) == "w x z y ");
}

TEST_CASE("grouping keeps first-appearance order and puts Other last", "[model]") {
  const std::string groups = "{{#groups}}[{{group_name}}:{{#papers}}{{id}}{{/papers}}]{{/groups}}";
  DocumentOptions o;
  o.group_field = "keywords";
  CHECK(render(groups, o,
               {R"({"id":"1","keywords":["b","a"]})", R"({"id":"2"})", R"({"id":"3","keywords":"a"})",
                R"({"id":"4","keywords":["b"]})"}) == "[b:14][a:3][Other:2]");
}

TEST_CASE("record fields are escaped, *_md helpers are not", "[model]") {
  std::string out = render("{{#groups}}{{#papers}}{{title}}|{{{link_md}}}|{{{links_md}}}{{/papers}}{{/groups}}", {},
                           {R"({"id":"p","title":"*x*","arxiv":"2312.03884v2",)"
                            R"("links":[{"kind":"url","id":"https://doi.org/10.1/A","url":"https://doi.org/10.1/A"},)"
                            R"({"kind":"doi","id":"10.1/a","url":"https://doi.org/10.1/a"},)"
                            R"({"kind":"url","id":"javascript:x","url":"javascript:x"}]})"});
  CHECK(out ==
        "\\*x\\*|[\\*x\\*](<https://arxiv.org/abs/2312.03884>)|"
        "[doi:10.1/a](<https://doi.org/10.1/a>), [https\\://doi.org/10.1/A](<https://doi.org/10.1/A>), javascript:x");
}

TEST_CASE("a paper without arXiv id links to its DOI, then its url", "[model]") {
  const std::string t = "{{#groups}}{{#papers}}{{{link_md}}};{{/papers}}{{/groups}}";
  CHECK(render(t, {},
               {R"({"title":"D","doi":"10.1002/(SICI)1<2::A>3"})", R"({"title":"U","url":"https://x.org/p"})",
                R"x({"title":"J","url":"javascript:alert(1)"})x", R"({})"}) ==
        "[D](<https://doi.org/10.1002/(sici)1%3C2::a%3E3>);[U](<https://x.org/p>);J;Untitled;");
}

TEST_CASE("ranked and source keywords are two lists", "[model]") {
  std::string out =
      render("{{#groups}}{{#papers}}[{{keywords_text}}|{{source_keywords_text}}]{{/papers}}{{/groups}}", {},
             {R"({"id":"a","keywords":["graph ranking","stems"],"keywords_source":["Humans","Stroke"]})",
              R"({"id":"b","keywords_source":"Aged"})", R"({"id":"c"})"});
  CHECK(out == "[graph ranking, stems|Humans, Stroke][|Aged][|]");
}

TEST_CASE("the built-in templates are compiled in", "[templates]") {
  for (auto name : {"digest", "list", "table"}) CHECK_FALSE(embedded_template(name).empty());
  CHECK(embedded_template("nope").empty());
}
