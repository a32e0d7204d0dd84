#include "tex_text.hh"

#include <catch2/catch.hpp>

using namespace ream::exporting;

TEST_CASE("the ten TeX specials are escaped", "[tex]") {
  TexText tex(false);
  CHECK(tex.text("a & b % c $ d # e _ f") == "a \\& b \\% c \\$ d \\# e \\_ f");
  CHECK(tex.text("~^\\") == "\\textasciitilde{}\\textasciicircum{}\\textbackslash{}");
  CHECK(tex.text("{x}") == "\\{x\\}");
}

TEST_CASE("unpaired braces are written as text commands, never as \\{", "[tex]") {
  TexText tex(false);
  CHECK(tex.text("a { b") == "a \\textbraceleft{} b");
  CHECK(tex.text("} a {") == "\\textbraceright{} a \\textbraceleft{}");
  CHECK(braces_pair("{{}}"));
  CHECK_FALSE(braces_pair("}{"));
  CHECK_FALSE(braces_pair("{"));
}

TEST_CASE("ligatures that BibTeX readers would turn into dashes and quotes are broken", "[tex]") {
  TexText tex(false);
  CHECK(tex.text("a--b") == "a-{}-b");
  CHECK(tex.text("a---b") == "a-{}-{}-b");
  CHECK(tex.text("''x``") == "'{}'x`{}`");
  CHECK(tex.text("a-b") == "a-b");
}

TEST_CASE("control characters and line breaks become spaces", "[tex]") {
  TexText tex(false);
  CHECK(tex.text(std::string("a\nb\tc\x01") + "d\x7f") == "a b c d ");
}

TEST_CASE("UTF-8 passes through by default, emoji and right-to-left text included", "[tex]") {
  TexText tex(false);
  CHECK(tex.text("Müller – 😀 שלום") == "Müller – 😀 שלום");
  CHECK(tex.unencodable() == 0);
}

TEST_CASE("--ascii writes accents, letters and punctuation in TeX", "[tex]") {
  TexText tex(true);
  CHECK(tex.text("Müller") == "M{\\\"{u}}ller");
  CHECK(tex.text("Erdős") == "Erd{\\H{o}}s");
  CHECK(tex.text("García") == "Garc{\\'{\\i}}a");
  CHECK(tex.text("Straße Øre") == "Stra{\\ss}e {\\O}re");
  CHECK(tex.text("a–b—c “q”") == "a--b---c ``q''");
  CHECK(tex.text("α-helix") == "$\\alpha$-helix");
  CHECK(tex.text("Čech") == "{\\v{C}}ech");
  CHECK(tex.unencodable() == 0);
}

TEST_CASE("--ascii keeps what has no TeX spelling as UTF-8 and counts it", "[tex]") {
  TexText tex(true);
  CHECK(tex.text("x 😀 中") == "x 😀 中");
  CHECK(tex.unencodable() == 2);
}

TEST_CASE("capitals after a word's first letter are protected in titles", "[tex]") {
  TexText tex(false);
  CHECK(tex.text("DNA and WonderJourney in iPhone apps", true) == "{DNA} and {WonderJourney} in {iPhone} apps");
  CHECK(tex.text("Energy-Aware Training", true) == "Energy-Aware Training");
  CHECK(tex.text("A Study", true) == "A Study");
  CHECK(tex.text("50% of {BERT}", true) == "50\\% of {\\{BERT\\}}");
}

TEST_CASE("identifiers keep their characters but for what breaks a value", "[tex]") {
  CHECK(TexText::verbatim("https://x.org/a_b%20c~d#e") == "https://x.org/a_b%20c~d#e");
  CHECK(TexText::verbatim("10.1000/{x} y\\z") == "10.1000/%7Bx%7D%20y%5Cz");
}

TEST_CASE("a control character followed by a combining mark still becomes a space", "[tex]") {
  TexText tex(true);
  CHECK(tex.text("a\x0f\u0301") == "a \u0301");
  CHECK(tex.unencodable() == 1);
}

TEST_CASE("a TeX special followed by a combining mark is still escaped", "[tex]") {
  TexText tex(true);
  CHECK(tex.text("a}\u0301") == "a\\textbraceright{}\u0301");
  CHECK(tex.text("\u2026\u0301") == "\u2026\u0301");  // an ellipsis with a mark has no TeX spelling
  CHECK(braces_pair(tex.text("x{\u0301")));
}

TEST_CASE("protection recorded by import is restored as it was", "[tex]") {
  TexText tex(false);
  CHECK(tex.protected_title("The {BERT} Model for {NLP} & more", "The BERT Model for NLP & more") ==
        "The {BERT} Model for {NLP} \\& more");
  CHECK(tex.protected_title("{{Whole Title}}", "Whole Title") == "{{Whole Title}}");
  CHECK(tex.protected_title("{Stale} title", "Changed title") == "");
  CHECK(tex.protected_title("{Unpaired title", "Unpaired title") == "");
  TexText ascii(true);
  CHECK(ascii.protected_title("{Über}-Graph", "Über-Graph") == "{{\\\"{U}}ber}-Graph");
}
