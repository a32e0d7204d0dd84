// The DF table: counting, saving, loading, and its error messages.
#include "document_frequency.hh"

#include <ream/plugin.hpp>

#include <catch2/catch.hpp>

using namespace ream::keywords;

TEST_CASE("a saved table loads back to the same counts") {
  TermTable terms;
  DocumentFrequency df(terms);
  uint32_t a = terms.intern("network"), b = terms.intern("graph");
  uint32_t doc1[] = {a, b}, doc2[] = {a};
  df.add_document(doc1);
  df.add_document(doc2);
  std::string saved = df.save();
  CHECK(saved ==
        "# ream keywords document frequencies: Snowball English stems\n"
        "documents\t2\ngraph\t1\nnetwork\t2\n");
  TermTable terms2;
  DocumentFrequency loaded(terms2);
  loaded.load(saved, "t.tsv");
  CHECK(loaded.documents() == 2);
  CHECK(loaded.count(terms2.find("network")) == 2);
  CHECK(loaded.save() == saved);
}

TEST_CASE("malformed tables are data errors naming the line") {
  TermTable terms;
  DocumentFrequency df(terms);
  auto message = [&](std::string_view text) {
    try {
      df.load(text, "t.tsv");
    } catch (const ream::DataError& e) {
      return std::to_string(e.line()) + ": " + e.what();
    }
    return std::string("no error");
  };
  CHECK(message("graph\t1\n") == "1: expected the header 'documents<TAB>N' first");
  CHECK(message("documents\t2\ngraph\tx\n") == "2: count is not a whole number: 'x'");
  CHECK(message("documents\t2\ngraph\t3\n") == "2: count 3 exceeds the document count 2");
  CHECK(message("documents\t2\ngraph 1\n") == "2: expected two tab-separated columns");
  CHECK(message("") == "0: no 'documents<TAB>N' header: not a ream keywords DF table");
}
