#include "citation_graph.hh"

#include <catch2/catch.hpp>

#include <sstream>

using namespace ream::cite;

namespace {

std::string written(GraphFormat format) {
  CitationGraph g;
  g.add_node("a", "Title \"A\", <1>");
  g.add_node("b", "B");
  g.add_edge("a", "b", Kind::record);
  g.add_edge("a", "b", Kind::arxiv);
  g.add_edge("a", "b", Kind::arxiv);
  std::ostringstream out;
  g.write(out, format);
  return out.str();
}

}  // namespace

TEST_CASE("DOT quotes labels and merges kinds") {
  CHECK(written(GraphFormat::dot) ==
        "digraph citations {\n  node [shape=box];\n  \"a\" [label=\"Title \\\"A\\\", <1>\"];\n"
        "  \"b\" [label=\"B\"];\n  \"a\" -> \"b\" [label=\"arxiv,record\"];\n}\n");
}

TEST_CASE("GraphML escapes XML") {
  std::string xml = written(GraphFormat::graphml);
  CHECK(xml.find("<data key=\"title\">Title &quot;A&quot;, &lt;1&gt;</data>") != std::string::npos);
  CHECK(xml.find("<edge source=\"a\" target=\"b\"><data key=\"kinds\">arxiv record</data></edge>") !=
        std::string::npos);
}

TEST_CASE("JSON and CSV") {
  CHECK(written(GraphFormat::json) == R"({"nodes":[{"id":"a","title":"Title \"A\", <1>"},{"id":"b","title":"B"}],)"
                                      R"("edges":[{"source":"a","target":"b","kinds":["arxiv","record"]}]})"
                                      "\n");
  CHECK(written(GraphFormat::csv) ==
        "source,target,kinds,source_title,target_title\na,b,arxiv;record,\"Title \"\"A\"\", <1>\",B\n");
}
