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

TEST_CASE("report numbers are fixed-point, four decimals unless a fraction would read as 0 or 1") {
  boost::json::object o;
  o["a"] = 0.95;
  o["b"] = 1.0;
  o["c"] = 0.0;
  o["d"] = 2.0 / 3.0;
  o["e"] = 0.00004;
  o["f"] = 3;
  o["g"] = "x\"y";
  o["h"] = boost::json::array{0.5, nullptr};
  o["i"] = 0.99999;  // --match-weights' default: not "1", which it falls short of
  o["j"] = 0.9999999999999;
  CHECK(json_text(o) ==
        R"({"a":0.95,"b":1,"c":0,"d":0.6667,"e":0.00004,"f":3,"g":"x\"y","h":[0.5,null],"i":0.99999,"j":1})");
}
