#include "tex_unicode.hh"

#include <catch2/catch.hpp>

using ream::import::tex_to_unicode;
using ream::import::tex_verbatim;

TEST_CASE("tex: symbol accents, bare and braced, compose under NFC") {
  CHECK(tex_to_unicode(R"(\'e)") == "é");
  CHECK(tex_to_unicode(R"(\'{e})") == "é");
  CHECK(tex_to_unicode(R"({\'e})") == "é");
  CHECK(tex_to_unicode(R"(\`a)") == "à");
  CHECK(tex_to_unicode(R"(\^o)") == "ô");
  CHECK(tex_to_unicode(R"(\"{o})") == "ö");
  CHECK(tex_to_unicode(R"(\"u)") == "ü");
  CHECK(tex_to_unicode(R"(\~n)") == "ñ");
  CHECK(tex_to_unicode(R"(\=a)") == "ā");
  CHECK(tex_to_unicode(R"(\.z)") == "ż");
}

TEST_CASE("tex: letter accents take a braced or spaced argument") {
  CHECK(tex_to_unicode(R"(\c{c})") == "ç");
  CHECK(tex_to_unicode(R"(\c c)") == "ç");
  CHECK(tex_to_unicode(R"(\v{s})") == "š");
  CHECK(tex_to_unicode(R"(\v s)") == "š");
  CHECK(tex_to_unicode(R"(\u{g})") == "ğ");
  CHECK(tex_to_unicode(R"(\H{o})") == "ő");
  CHECK(tex_to_unicode(R"(\k{a})") == "ą");
  CHECK(tex_to_unicode(R"(\r{u})") == "ů");
  CHECK(tex_to_unicode(R"(\d{s})") == "ṣ");
  // No precomposed letters exist for these: base and mark stay a pair.
  CHECK(tex_to_unicode(R"(\b{o})") == "o\u0331");
  CHECK(tex_to_unicode(R"(\t{oo})") == "o\u0361o");
}

TEST_CASE("tex: accents on dotless i and j give the dotted letter") {
  CHECK(tex_to_unicode(R"(\'\i)") == "í");
  CHECK(tex_to_unicode(R"(\"{\i})") == "ï");
  CHECK(tex_to_unicode(R"(\^{\j})") == "ĵ");
}

TEST_CASE("tex: an accent without base keeps a visible accent") {
  CHECK(tex_to_unicode(R"(\'{})") == "'");
  CHECK(tex_to_unicode(R"(\~{})") == "~");
}

TEST_CASE("tex: letters ASCII lacks") {
  CHECK(tex_to_unicode(R"({\aa})") == "å");
  CHECK(tex_to_unicode(R"(\AA{})") == "Å");
  CHECK(tex_to_unicode(R"(Gro\ss e)") == "Große");
  CHECK(tex_to_unicode(R"({\o}rsted)") == "ørsted");
  CHECK(tex_to_unicode(R"(\O)") == "Ø");
  CHECK(tex_to_unicode(R"(\l{}ukasz)") == "łukasz");
  CHECK(tex_to_unicode(R"(\L)") == "Ł");
  CHECK(tex_to_unicode(R"(\ae \oe \AE)") == "æœÆ");
}

TEST_CASE("tex: escaped specials") {
  CHECK(tex_to_unicode(R"(R\&D at 50\% \$5 a\_b \{x\} \#1)") == "R&D at 50% $5 a_b {x} #1");
}

TEST_CASE("tex: dashes, ties and quotes") {
  CHECK(tex_to_unicode("pages 1--10") == "pages 1–10");
  CHECK(tex_to_unicode("yes---no") == "yes—no");
  CHECK(tex_to_unicode("a-b") == "a-b");
  CHECK(tex_to_unicode("Fig.~3") == "Fig.\u00A03");
  CHECK(tex_to_unicode("``quoted''") == "“quoted”");
  CHECK(tex_to_unicode("Hawking's") == "Hawking's");
}

TEST_CASE("tex: case-protecting braces and math delimiters go, nesting included") {
  CHECK(tex_to_unicode("{{BERT}}: Pre-training of {Deep} {B}idirectional") ==
        "BERT: Pre-training of Deep Bidirectional");
  CHECK(tex_to_unicode("{a{b{c{d}}}}") == "abcd");
  CHECK(tex_to_unicode(R"($\alpha$-{S}table $O(n \log n)$)") == "α-Stable O(n log n)");
}

TEST_CASE("tex: style commands go, their argument stays; unknown commands stay") {
  CHECK(tex_to_unicode(R"(\emph{Deep} \textbf{Learning} {\em now})") == "Deep Learning now");
  CHECK(tex_to_unicode(R"(\foo{b{a}r} baz)") == R"(\foo{b{a}r} baz)");
  CHECK(tex_to_unicode(R"(\foo bar)") == R"(\foo bar)");
}

TEST_CASE("tex: white space collapses and the result is NFC") {
  CHECK(tex_to_unicode("  a \n\t b  ") == "a b");
  CHECK(tex_to_unicode("e\xCC\x81") == "é");  // decomposed input composes
}

TEST_CASE("tex: garbage never breaks it") {
  CHECK(tex_to_unicode("\\") == "\\");
  CHECK(tex_to_unicode("\\'") == "'");
  CHECK(tex_to_unicode("\\'{") == "'");
  CHECK(tex_to_unicode("}}{{") == "");
  std::string deep;
  for (int i = 0; i < 10000; ++i) deep += "\\'{";
  CHECK_NOTHROW(tex_to_unicode(deep));
}

TEST_CASE("tex_verbatim: identifiers keep their characters") {
  CHECK(tex_verbatim(R"(https://example.org/~user/a\_b--c)") == "https://example.org/~user/a_b--c");
  CHECK(tex_verbatim("{10.1000/XYZ}") == "10.1000/XYZ");
  CHECK(tex_verbatim(R"(50\%)") == "50%");
}

TEST_CASE("tex accents only: arXiv's accented letters become Unicode, the rest stays as written") {
  using ream::import::tex_accents_to_unicode;
  CHECK(tex_accents_to_unicode(R"(the Schr\"odinger equation)") == "the Schrödinger equation");
  CHECK(tex_accents_to_unicode(R"(Erd\H{o}s and P\'{o}lya)") == "Erdős and Pólya");
  CHECK(tex_accents_to_unicode(R"(Schr{\"o}dinger)") == "Schrödinger");
  CHECK(tex_accents_to_unicode(R"({\o}stergaard and Gro\ss e)") == "østergaard and Große");
  CHECK(tex_accents_to_unicode(R"(\v Skoda, Fran\c cois, Garc\'{\i}a)") == "Škoda, François, García");
  // Math, ties, dashes, braces and unknown commands are not accents.
  CHECK(tex_accents_to_unicode(R"($\alpha'$ -- a {Test} of $O(n^2)$ with ~x)") ==
        R"($\alpha'$ -- a {Test} of $O(n^2)$ with ~x)");
  CHECK(tex_accents_to_unicode(R"(\cdot \delta \url{x} \\ \")") == R"(\cdot \delta \url{x} \\ \")");
  CHECK(tex_accents_to_unicode("plain") == "plain");
}
