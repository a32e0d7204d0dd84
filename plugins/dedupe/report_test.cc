#include "report.hh"

#include <catch2/catch.hpp>

using namespace ream::dedupe;

TEST_CASE("a cluster line lists members, representative and pair evidence") {
  Fields a;
  a.id = "a";
  a.title = "Cultural universality versus particularity in CMC";
  Fields b = a;
  b.id = "b";
  Evidence e = score_pair(extract_features(a), extract_features(b));
  ClusterReport r{"a", {"a", "b"}, {pair_json("a", "b", e)}, {}};
  std::string line = cluster_line(r);
  CHECK(line.starts_with(R"({"cluster":"a","representative":"a","members":["a","b"],"pairs":[{"a":"a","b":"b",)"
                         R"("decision":"match","rule":"title",)"));
  CHECK(line.find(R"("vetoes_fired":[])") != std::string::npos);
}
