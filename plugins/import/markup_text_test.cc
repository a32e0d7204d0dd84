#include "markup_text.hh"

#include <catch2/catch.hpp>

using namespace ream::import;

TEST_CASE("markup: JATS abstracts become paragraphs of text") {
  CHECK(markup_to_text("<jats:title>Abstract</jats:title><jats:p>We study <jats:italic>E. coli</jats:italic> "
                       "growth.</jats:p><jats:p>Second   paragraph &amp; more.</jats:p>") ==
        "We study E. coli growth.\n\nSecond paragraph & more.");
  CHECK(markup_to_text("H<sub>2</sub>O and x<sup>2</sup>") == "H2O and x2");
}

TEST_CASE("markup: HTML notes; references decoded; text without markup untouched") {
  CHECK(markup_to_text("<div data-schema-version=\"8\"><p>First note.</p><p>Caf&eacute;? &#233; &#x2014; "
                       "x</p></div>") == "First note.\n\nCaf&eacute;? é — x");
  CHECK(markup_to_text("a < b and c > d") == "a < b and c > d");
  CHECK(markup_to_text("AT&T") == "AT&T");
  CHECK(markup_to_text("line<br/>break") == "line\n\nbreak");
  CHECK(!has_markup("x<y"));
  CHECK(has_markup("<i>x</i>"));
}

TEST_CASE("rights statements: removed at the end of an abstract, kept in the middle") {
  CHECK(without_rights_statements("We find X. © 2021 Elsevier Ltd. All rights reserved.") == "We find X.");
  CHECK(without_rights_statements("We find X.\n\nCopyright (c) 2020 The Authors. Published by Wiley.") == "We find X.");
  CHECK(without_rights_statements("We find X. This is an open access article under the CC BY license "
                                  "(http://creativecommons.org/licenses/by/4.0/).") == "We find X.");
  CHECK(without_rights_statements("We find X. (c) 2019 IEEE.") == "We find X.");
  std::string law = "Copyright law shapes how datasets are shared. We survey 40 licences. " + std::string(500, 'x');
  CHECK(without_rights_statements(law) == law);
  CHECK(without_rights_statements("Plain abstract.") == "Plain abstract.");
  CHECK(without_rights_statements("The data were published by the consortium.") ==
        "The data were published by the consortium.");
}

TEST_CASE("no abstract: a placeholder saying there is none, and only that") {
  CHECK(says_no_abstract("[No abstract available]"));
  CHECK(says_no_abstract("No abstract available."));
  CHECK(says_no_abstract("Abstract not available for this article"));
  CHECK(says_no_abstract("ABSTRACT IS NOT AVAILABLE"));
  CHECK(!says_no_abstract(""));
  CHECK(!says_no_abstract("No abstract available, we argue, is a poor excuse."));
  CHECK(!says_no_abstract("Abstracts not available to models hurt recall."));
}
