// Tokenisation: hyphenated words, boundaries, possessives, other scripts.
#include "tokenizer.hh"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace ream::keywords;

namespace {

// Words as text, boundaries as "|", numbers as "#".
std::string render(std::string_view text) {
  Tokenizer tokenizer;
  std::vector<Token> tokens;
  tokenizer.tokenize(text, tokens);
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out += ' ';
    if (t.kind == TokenKind::boundary)
      out += '|';
    else if (t.kind == TokenKind::number)
      out += '#';
    else
      out += text.substr(t.begin, t.end - t.begin);
  }
  return out;
}

}  // namespace

TEST_CASE("hyphenated words stay whole") {
  CHECK(render("long-term goal of state-of-the-art models") == "long-term goal of state-of-the-art models |");
  CHECK(render("COVID-19 cases") == "COVID-19 cases |");
}

TEST_CASE("a dangling hyphen breaks the phrase") {
  CHECK(render("pre- and post-processing") == "pre | and post-processing |");
}

TEST_CASE("punctuation, brackets and sentence ends are boundaries") {
  CHECK(render("Neural nets (NN), e.g. deep ones. Next") == "Neural nets | NN | e.g | deep ones | Next |");
}

TEST_CASE("line and paragraph breaks end phrases, as sentence ends") {
  CHECK(render("deep\nlearning and\r\nneural\u2029nets") == "deep | learning and | neural | nets |");
  CHECK(render("deep\tlearning") == "deep learning |");
}

TEST_CASE("ASCII and non-ASCII text tokenise alike") {
  CHECK(render("MP3 codecs, e.g. x@y.") == "# codecs | e.g | x@y |");
  CHECK(render("MP3 codecs, e.g. x@y \u00e9t\u00e9.") == "# codecs | e.g | x@y \u00e9t\u00e9 |");
}

TEST_CASE("numbers are marked and possessives cut") { CHECK(render("Utah's 3 new acts") == "Utah | # new acts |"); }

TEST_CASE("other scripts, emoji and empty text do not break it") {
  CHECK(render("") == "|");
  CHECK_FALSE(render("深度学习 模型 🙂 تعلم الآلة").empty());
  CHECK(render("\xff\xfe broken").find("broken") != std::string::npos);
}
