// OpenAlex reading on hand-written works in the API's shapes.
#include "openalex.hh"

#include <catch2/catch.hpp>

#include "test_sink.hh"

using namespace ream::import;
using Fields = std::vector<std::pair<std::string, std::string>>;

namespace {

CollectingSink read(std::string_view text) {
  CollectingSink sink;
  parse_openalex(text, sink);
  return sink;
}

}  // namespace

TEST_CASE("openalex: abstracts are rebuilt from the inverted index") {
  CHECK(abstract_from_inverted_index(R"({"nets":[1,4],"Deep":[0],"are":[2],"deep":[3]})") == "Deep nets are deep nets");
  CHECK(abstract_from_inverted_index("null").empty());
  CHECK(abstract_from_inverted_index(R"({"a":[-1],"b":["x"]})").empty());
}

TEST_CASE("openalex: a results page, authorships, biblio, source, referenced works") {
  auto s = read(R"j({"meta":{"count":2,"page":1,"per_page":25},"results":[
{"id":"https://openalex.org/W4200000001","doi":"https://doi.org/10.1103/PhysRevLett.127.010501",
 "title":"Quantum error correction below threshold","display_name":"Quantum error correction below threshold",
 "publication_year":2021,"publication_date":"2021-07-02","language":"en","type":"article",
 "ids":{"openalex":"https://openalex.org/W4200000001","pmid":"https://pubmed.ncbi.nlm.nih.gov/34270001"},
 "primary_location":{"landing_page_url":"https://doi.org/10.1103/physrevlett.127.010501",
   "source":{"display_name":"Physical Review Letters","type":"journal","host_organization_name":"American Physical Society"}},
 "authorships":[{"author_position":"first","author":{"id":"https://openalex.org/A1","display_name":"Chloé Durand"},"raw_author_name":"C. Durand"},
   {"author_position":"last","author":{},"raw_author_name":"Google Quantum AI"}],
 "biblio":{"volume":"127","issue":"1","first_page":"010501","last_page":null},
 "abstract_inverted_index":{"We":[0],"correct":[1],"errors.":[2]},
 "keywords":[{"id":"k1","display_name":"Quantum error correction","score":0.7}],
 "referenced_works":["https://openalex.org/W1","https://openalex.org/W2"]},
{"id":"https://openalex.org/W4200000002","doi":null,"title":null,"display_name":"A preprint",
 "type":"preprint","publication_year":2023,
 "locations":[{"landing_page_url":"https://arxiv.org/abs/2312.03884v2"}],"authorships":[]}
],"group_by":[]})j");
  REQUIRE(s.issues.empty());
  REQUIRE(s.papers.size() == 2);
  const Paper& p = s.papers[0];
  CHECK(p.line == 2);
  CHECK(p.title == "Quantum error correction below threshold");
  CHECK(p.authors == std::vector<std::string>{"Chloé Durand", "Google Quantum AI"});
  CHECK(p.abstract == "We correct errors.");
  CHECK(p.year == 2021);
  CHECK(p.date == "2021-07-02");
  CHECK(p.venue == "Physical Review Letters");
  CHECK(p.doi == "10.1103/physrevlett.127.010501");
  CHECK(p.type == "article-journal");
  CHECK(p.extra == Fields{{"volume", "127"},
                          {"issue", "1"},
                          {"pages", "010501"},
                          {"publisher", "American Physical Society"},
                          {"language", "en"},
                          {"openalex", "https://openalex.org/W4200000001"},
                          {"pmid", "34270001"}});
  CHECK(CollectingSink::extra_json(p, "keywords_source") == R"(["Quantum error correction"])");
  CHECK(CollectingSink::extra_json(p, "references") == R"(["https://openalex.org/W1","https://openalex.org/W2"])");
  const Paper& q = s.papers[1];
  CHECK(q.line == 14);
  CHECK(q.title == "A preprint");
  CHECK(q.arxiv == "2312.03884v2");
  CHECK(q.type == "article");
}

TEST_CASE("openalex: snapshot lines; a work with nothing to name it is an issue") {
  auto s =
      read("{\"id\":\"https://openalex.org/W1\",\"title\":\"One\"}\n{\"id\":\"https://openalex.org/W2\"}\n{oops\n");
  REQUIRE(s.papers.size() == 1);
  REQUIRE(s.issues.size() == 2);
  CHECK(s.issues[0].line == 2);
  CHECK(s.issues[0].reason == "work has no title, DOI or arXiv id");
  CHECK(s.issues[1].line == 3);
  CHECK(s.issues[1].reason.starts_with("invalid JSON"));
}

TEST_CASE("openalex: evidence") {
  CHECK(detect_openalex(Sample(R"j({"id":"https://openalex.org/W42","title":"x"})j")).reason == "OpenAlex work id W42");
  CHECK(detect_openalex(Sample(R"j({"title":"x","authorships":[]})j")).confidence == kStrong);
  CHECK(detect_openalex(Sample(R"j({"title":"x","authorships":[],"publication_year":2020})j")).reason ==
        "OpenAlex's \"authorships\" and \"publication_year\" members");
  CHECK(detect_openalex(Sample(R"j({"title":"x","authors":[]})j")).confidence == 0);
}
