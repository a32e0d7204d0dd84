// The ASCII segmenter agrees with ICU's word iterator, segment by segment.
#include "ascii_segments.hh"
#include "tokenizer.hh"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

using namespace ream::keywords;

namespace {

std::string render(std::string_view text, const std::vector<Segment>& segments) {
  std::string out;
  for (const Segment& s : segments) {
    out += '[';
    out += text.substr(s.begin, s.end - s.begin);
    out += s.kind == SegmentKind::letters ? "]L" : s.kind == SegmentKind::number ? "]N" : "]";
  }
  return out;
}

std::string ascii(std::string_view text) {
  std::vector<Segment> segments;
  REQUIRE(segment_ascii(text, segments));
  return render(text, segments);
}

std::string by_icu(std::string_view text) {
  static Tokenizer tokenizer;
  std::vector<Segment> segments;
  tokenizer.icu_segments(text, segments);
  return render(text, segments);
}

}  // namespace

TEST_CASE("ASCII segments: the joining rules") {
  CHECK(ascii("e.g. 3.5 1,000 don't a1b 2x MP3") ==
        "[e.g]L[.][ ][3.5]N[ ][1,000]N[ ][don't]L[ ][a1b]L[ ][2x]L[ ][MP3]N");
  CHECK(ascii("a,b 1;2  x\r\ny\n") == "[a]L[,][b]L[ ][1;2]N[  ][x]L[\r\n][y]L[\n]");
  CHECK(ascii("") == "");
}

TEST_CASE("ASCII segments: text ICU must read is left to it") {
  std::vector<Segment> segments;
  CHECK_FALSE(segment_ascii("snake_case", segments));
  CHECK_FALSE(segment_ascii("caf\xc3\xa9", segments));
  CHECK(segments.empty());
}

TEST_CASE("ASCII segments agree with ICU on hand-picked texts") {
  for (std::string_view text : {"Deep neural networks (DNNs), e.g. CNNs, reach 99.5% accuracy.",
                                "state-of-the-art U.S. 1.2.3 a.1 1.a x'y' 'quoted' \"q\" a:b 1:2 3,x",
                                "tabs\tand\x0bvertical\x0c feeds\r\rCR", "a..b 1..2 .5 5. ,1 a' 'a #1 $2 @x"})
    CHECK(ascii(text) == by_icu(text));
}

TEST_CASE("ASCII segments agree with ICU on random texts") {
  // Every ASCII character ICU can get (not "_"), letters and digits thrice
  // so that words form.
  std::string alphabet = "aZq09aZq09";
  for (int c = 0; c < 0x80; ++c)
    if (c != '_') alphabet += static_cast<char>(c);
  std::mt19937 random(20261122);
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1), length(0, 24);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (size_t i = length(random); i > 0; --i) text += alphabet[pick(random)];
    INFO("text: " << text);
    CHECK(ascii(text) == by_icu(text));
  }
}
