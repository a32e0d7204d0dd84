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

TEST_CASE("chunked segmentation through the cache equals ICU on the whole text") {
  // Pieces chosen around the rules that could join a space to a neighbour:
  // more spaces (WB3d), marks after a space (WB4: combining acute, ZWJ,
  // soft hyphen), other spaces (U+3000, no-break), letters, digits,
  // mid-word punctuation, dictionary scripts, emoji and ill-formed bytes.
  const std::vector<std::string> pieces = {" ",
                                           " ",
                                           "  ",
                                           "a",
                                           "Z",
                                           "7",
                                           ".",
                                           ",",
                                           "'",
                                           "-",
                                           ":",
                                           "_",
                                           "@",
                                           "\t",
                                           "\n",
                                           "\r\n",
                                           "(",
                                           "\u00e9",
                                           "\u0301",
                                           "\u200d",
                                           "\u00ad",
                                           "\u3000",
                                           "\u00a0",
                                           "\u6df1\u5ea6",
                                           "\u0e01\u0e32\u0e23",
                                           "\U0001F642",
                                           "\xff",
                                           "\xe2\x80",
                                           "\u2019s",
                                           "\u2010",
                                           "word",
                                           "MP3",
                                           "e.g."};
  Tokenizer whole, chunked;
  uint64_t state = 12345;
  auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<uint32_t>(state >> 33);
  };
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (uint32_t n = next() % 24, i = 0; i < n; ++i) text += pieces[next() % pieces.size()];
    std::vector<Segment> expected, got;
    whole.icu_segments(text, expected);
    chunked.segments(text, got);
    bool same = expected.size() == got.size();
    for (size_t i = 0; same && i < got.size(); ++i)
      same = expected[i].begin == got[i].begin && expected[i].end == got[i].end && expected[i].kind == got[i].kind;
    INFO("text: " << text);
    REQUIRE(same);
  }
}
