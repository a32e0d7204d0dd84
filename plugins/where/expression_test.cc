// The `where` language: every operator, precedence, typing rules and the
// exact text of syntax errors.
#include "expression.hh"

#include <catch2/catch.hpp>

#include <map>

using ream::where::Expression;
using ream::where::SyntaxError;

namespace {

// A record given as its fields' JSON texts.
class Fields : public ream::where::FieldSource {
 public:
  Fields(std::initializer_list<std::pair<const std::string, std::string>> f) : fields_(f) {}
  std::optional<std::string_view> json(std::string_view key) const override {
    auto it = fields_.find(std::string(key));
    if (it == fields_.end()) return std::nullopt;
    return std::string_view(it->second);
  }

 private:
  std::map<std::string, std::string> fields_;
};

const Fields& paper() {
  static const Fields f{{"title", R"("Denoising Diffusion Models")"},
                        {"year", "2023"},
                        {"score", "0.5"},
                        {"authors", R"(["Geoffrey Hinton", "Ada Lovelace"])"},
                        {"links", R"([{"kind": "pdf", "url": "a"}, {"kind": "html"}])"},
                        {"venue", R"("NeurIPS \"23\"")"},
                        {"open", "true"},
                        {"doi", "null"},
                        {"tags", "[]"},
                        {"name", R"("Müller")"}};
  return f;
}

bool holds(std::string_view expr, const Fields& record = paper()) { return Expression::compile(expr).matches(record); }

std::string error_of(std::string_view expr) {
  try {
    Expression::compile(expr);
  } catch (const SyntaxError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("numbers compare numerically") {
  CHECK(holds("year == 2023"));
  CHECK(holds("year >= 2023"));
  CHECK(holds("year > 2022.5"));
  CHECK(holds("year < 3e3"));
  CHECK(holds("year <= 2023"));
  CHECK(holds("year != 2024"));
  CHECK_FALSE(holds("year > 2023"));
  CHECK(holds("score == 0.5"));
  CHECK(holds("-1 < score"));
}

TEST_CASE("strings compare by code point") {
  CHECK(holds(R"(title == "Denoising Diffusion Models")"));
  CHECK(holds(R"(title < "E")"));
  CHECK(holds(R"(venue == "NeurIPS \"23\"")"));  // escapes on both sides
  CHECK(holds(R"(name > "Mz")"));                // ü sorts after z
}

TEST_CASE("a missing field or a type mismatch is false, even for !=") {
  CHECK_FALSE(holds("pages == 3"));
  CHECK_FALSE(holds("pages != 3"));
  CHECK_FALSE(holds(R"(year == "2023")"));
  CHECK_FALSE(holds(R"(year != "2023")"));
  CHECK_FALSE(holds("title > 3"));
  CHECK_FALSE(holds("authors == 3"));
  CHECK(holds("not (pages == 3)"));
  CHECK_FALSE(holds("open < true"));  // booleans have no order
}

TEST_CASE("null and booleans") {
  CHECK(holds("doi == null"));
  CHECK(holds("open == true"));
  CHECK(holds("open"));
  CHECK_FALSE(holds("doi"));
  CHECK_FALSE(holds("pages"));
  CHECK(holds("title"));
  CHECK(holds("has doi"));
  CHECK_FALSE(holds("has pages"));
}

TEST_CASE("paths reach into arrays and objects") {
  CHECK(holds(R"(authors[0] == "Geoffrey Hinton")"));
  CHECK(holds(R"(authors[-1] == "Ada Lovelace")"));
  CHECK_FALSE(holds("has authors[2]"));
  CHECK(holds(R"(links[0].kind == "pdf")"));
  CHECK(holds(R"(.links[1]["kind"] == "html")"));
  CHECK(holds(R"(links.kind contains "html")"));  // .kind maps over the array
  CHECK(holds("has links[0].url"));
  CHECK_FALSE(holds("has links[1].url"));
  CHECK_FALSE(holds("has title.x"));
}

TEST_CASE("regular expressions") {
  CHECK(holds("title ~ /diffus(ion|e)/i"));
  CHECK_FALSE(holds("title ~ /diffus(ion|e)/"));
  CHECK(holds("title !~ /transformer/"));
  CHECK_FALSE(holds("year ~ /20/"));  // not a string
  CHECK_FALSE(holds("year !~ /20/"));
  CHECK(holds(R"(title ~ /^Denoising\s/)"));
  CHECK(holds(R"(name ~ /^M.ller$/)"));  // one character, not one byte
}

TEST_CASE("contains, startswith, in") {
  CHECK(holds(R"(title contains "Diffusion")"));
  CHECK_FALSE(holds(R"(title contains "diffusion")"));
  CHECK(holds(R"(authors contains "Ada Lovelace")"));
  CHECK_FALSE(holds(R"(authors contains "Ada")"));
  CHECK(holds(R"(title startswith "Denoising")"));
  CHECK(holds("year in [2021, 2023]"));
  CHECK_FALSE(holds("year in [2021, \"2023\"]"));
  CHECK(holds("year not in [2021, 2022]"));
  CHECK_FALSE(holds("pages not in [1]"));
  CHECK_FALSE(holds("year in []"));
}

TEST_CASE("len counts characters, elements and members") {
  CHECK(holds("len(name) == 6"));
  CHECK(holds("len(authors) == 2"));
  CHECK(holds("len(tags) == 0"));
  CHECK(holds("len(links[0]) == 2"));
  CHECK_FALSE(holds("len(year) == 4"));
  CHECK_FALSE(holds("len(pages) == 0"));
}

TEST_CASE("any and all over arrays") {
  CHECK(holds("any authors ~ /Hinton/"));
  CHECK_FALSE(holds("all authors ~ /Hinton/"));
  CHECK(holds("all authors ~ / /"));
  CHECK(holds(R"(any links.kind == "pdf")"));
  CHECK(holds("all tags == 1"));  // vacuously
  CHECK_FALSE(holds("any tags == 1"));
  CHECK_FALSE(holds("any pages == 1"));
  CHECK(holds("any title ~ /Models/"));  // a scalar is a one-element array
  CHECK(holds("any authors"));
}

TEST_CASE("not binds tighter than and, and tighter than or") {
  CHECK(holds("year == 1 or year == 2023 and open"));
  CHECK_FALSE(holds("(year == 1 or year == 2023) and not open"));
  CHECK(holds("not year == 1 and open"));
  CHECK_FALSE(holds("not (year == 2023 and open)"));
  CHECK(holds("not not open"));
  CHECK(holds("year == 1 or year == 2 or year == 2023"));
}

TEST_CASE("keywords are whole words and fields can be quoted") {
  Fields r{{"index", "1"}, {"and", "2"}, {"a b", "3"}};
  CHECK(holds("index == 1", r));
  CHECK(holds(".and == 2", r));
  CHECK(holds(R"(["a b"] == 3)", r));
}

TEST_CASE("syntax errors name the line, the column and what was expected") {
  CHECK(error_of("year >= 2023 and title >=") == "1:26: expected a value after '>='");
  CHECK(error_of("year >=") == "1:8: expected a value after '>='");
  CHECK(error_of("") == "1:1: expected an expression");
  CHECK(error_of("(year > 1") == "1:10: expected ')' after '1'");
  CHECK(error_of("year > 1 title") == "1:10: unexpected 'title' after '1'");
  CHECK(error_of("title ~ diffusion") == "1:9: expected a regular expression such as /text/i after '~'");
  CHECK(error_of("title ~ /(/") == "1:9: invalid regular expression: missing ): (");
  CHECK(error_of("title ~ /x/q") == "1:12: unknown regular expression flag 'q' (known: i, s)");
  CHECK(error_of("year in 2023") == "1:9: expected a list such as [1, 2] after 'in'");
  CHECK(error_of("year in [1,]") == "1:12: expected a value after ','");
  CHECK(error_of("has 3") == "1:5: expected a field name after 'has'");
  CHECK(error_of("year > 1 and") == "1:13: expected an expression after 'and'");
  CHECK(error_of("title == \"open") == "1:10: unterminated string");
  CHECK(error_of("title ~ /open") == "1:9: unterminated regular expression");
  CHECK(error_of("title == \"a\\q\"") == "1:10: invalid string \"a\\q\"");
  CHECK(error_of("authors. == 1") == "1:10: expected a field name after 'authors.'");
  CHECK(error_of("year > 1\nand title ~") == "2:12: expected a regular expression such as /text/i after '~'");
  CHECK(error_of("authors[x]") == "1:9: expected an index or a quoted name after '['");
  CHECK(error_of("\"\xc3\xa9\" == 1 1") == "1:10: unexpected '1' after '1'");
  CHECK(error_of(std::string(300, '(') + "a") ==
        "1:258: the expression nests more than 256 levels of parentheses and 'not'");
  std::string nots;
  for (int i = 0; i < 100000; ++i) nots += "not ";
  CHECK(error_of(nots + "a") == "1:1028: the expression nests more than 256 levels of parentheses and 'not'");
  CHECK(holds(std::string(200, '(') + "open" + std::string(200, ')')));
}
