#include "explain.hh"

#include <catch2/catch.hpp>

#include <string>

#include "report.hh"

using namespace ream::dedupe;

namespace {

// One issue's column of a monthly periodical, listed without authors and
// without pages, as a bibliography database lists it.
Features column(const std::string& title, const std::string& venue, int year, int issue) {
  Fields f;
  f.id = title.substr(0, 4) + "-" + std::to_string(year) + "-" + std::to_string(issue);
  f.title = title;
  f.venue = venue;
  f.year = std::to_string(year);
  f.volume = std::to_string(year - 1957);
  f.issue = std::to_string(issue);
  return extract_features(f);
}

Features listing(const std::string& id, const std::string& title, const std::string& authors) {
  Fields f;
  f.id = id;
  f.title = title;
  f.authors = {authors};
  f.venue = "Communications of the ACM";
  f.year = "2003";
  return extract_features(f);
}

// Two years of two recurring columns ("From the Editor's Desk", a title
// the column-heading list does not know, and "Editor's Comments", one it
// does) and one paper listed twice, clustered as --keep-all clusters
// them: weights estimated from these records, then the reclustering.
struct Columns {
  Matcher m;
  WeightModel model;
  uint32_t desk_2003_1 = 0, desk_2003_2 = 0, comments_2003_1 = 0, comments_2003_2 = 0, paper = 0, copy = 0;

  Columns() {
    m.keep_pairs_for_weights();
    for (int year : {2003, 2004})
      for (int issue = 1; issue <= 12; ++issue) {
        m.add(column("From the Editor's Desk", "Communications of the ACM", year, issue));
        m.add(column("Editor's Comments", "MIS Quarterly", year, issue));
      }
    desk_2003_1 = 0, comments_2003_1 = 1, desk_2003_2 = 2, comments_2003_2 = 3;
    paper = static_cast<uint32_t>(m.size());
    m.add(listing("grey", "Interviewing during a tight job market", "Grey, Brian A. and Okafor, Lena"));
    copy = static_cast<uint32_t>(m.size());
    m.add(listing("grey2", "Interviewing During a Tight Job Market.", "Grey, B. and Okafor, L."));
    model = m.estimate_weights(WeightModel::shipped());
    m.match_by_weights(model, 0.99999);
    m.recluster();
  }
};

}  // namespace

TEST_CASE("--explain states the run's decision for a recurring title the rules match but the run sets aside") {
  Columns c;
  REQUIRE(c.model.candidate_pairs >= Matcher::kMinPairsToEstimate);
  auto o = explain_pair(c.m, RunWeights{c.model, 0.99999}, c.desk_2003_1, c.desk_2003_2);
  // The rules alone match two issues' columns on their exact title...
  CHECK(o["rules"].at("decision") == "match");
  CHECK(o["rules"].at("rule") == "title");
  // ...but the run weighed the pair, because 24 records carry the title,
  // and kept the issues apart: that is what --explain says.
  CHECK(o["decision"] == "distinct");
  std::string rule(o["rule"].as_string());
  CHECK(rule.rfind("exact title carried by 24 records: weighed, not matched (match probability ", 0) == 0);
  CHECK(rule.find("below --match-weights 0.99999)") != std::string::npos);
  CHECK(o["decided_by"] == "weights");
  CHECK(o["same_cluster"] == false);
  CHECK(!o.contains("joined_through"));
  // The numbers behind it: the waterfall's probability is under the threshold.
  const auto& w = o["weights"].as_object();
  CHECK(w.at("probability").as_double() < 0.99999);
  CHECK(w.at("threshold").as_double() == 0.99999);
}

TEST_CASE("--explain agrees with the clusters for a column heading and a plain duplicate") {
  Columns c;
  RunWeights weights{c.model, 0.99999};
  auto heading = explain_pair(c.m, weights, c.comments_2003_1, c.comments_2003_2);
  CHECK(heading["decision"] == "distinct");
  CHECK(heading["rule"] == "generic title, different issue");
  CHECK(heading["decided_by"] == "rules");
  CHECK(heading["same_cluster"] == false);
  auto duplicate = explain_pair(c.m, weights, c.copy, c.paper);  // either order
  CHECK(duplicate["a"] == "grey2");
  CHECK(duplicate["decision"] == "match");
  CHECK(duplicate["rule"] == "title");
  CHECK(duplicate["decided_by"] == "rules");
  CHECK(duplicate["same_cluster"] == true);
}

TEST_CASE("--explain names the records through which two records share a cluster") {
  // a shares its DOI with c, whose title adds a subtitle, and its title
  // with b, which lists no authors; b and c alone are too far apart to
  // match, yet the run puts them in one cluster, through a.
  Matcher m;
  Fields f;
  f.id = "a", f.title = "Cultural universality versus particularity in CMC", f.doi = "10.1000/x";
  f.authors = {"Stahl, B. and Elbeltagi, I."}, f.year = "2004";
  m.add(extract_features(f));
  f.id = "b", f.doi.clear(), f.authors.clear();
  m.add(extract_features(f));
  f.id = "c", f.title += ": evidence from three countries", f.doi = "10.1000/x";
  m.add(extract_features(f));
  REQUIRE(m.cluster_of(2) == m.cluster_of(1));
  WeightModel model = WeightModel::shipped();
  auto o = explain_pair(m, RunWeights{model, std::nullopt}, 1, 2);
  CHECK(o["decision"] == "distinct");
  CHECK(o["same_cluster"] == true);
  CHECK(json_text(o["joined_through"]) == R"(["a"])");
  CHECK(!o["weights"].as_object().contains("threshold"));
}

TEST_CASE("--explain says a pair the rules would match was never compared when blocking did not offer it") {
  // Blocking takes at most `bucket_cap` recent records of a block: with a
  // cap of 1 the third record meets only the second, another paper under
  // the same title.
  Matcher m(1);
  Fields f;
  f.title = "Interviewing during a tight job market";
  f.authors = {"Grey, B."};
  f.year = "2003";
  f.id = "first";
  m.add(extract_features(f));
  f.authors = {"Okafor, L. and Tanaka, K."}, f.id = "other";
  m.add(extract_features(f));
  f.authors = {"Grey, B."}, f.id = "again";
  m.add(extract_features(f));
  WeightModel model = WeightModel::shipped();
  auto o = explain_pair(m, RunWeights{model, std::nullopt}, 0, 2);
  REQUIRE(o["candidates"] == false);
  CHECK(o["rules"].at("decision") == "match");
  CHECK(o["decision"] == "distinct");
  CHECK(o["rule"] == "never compared: blocking did not put them side by side");
  CHECK(o["decided_by"] == "blocking");
  CHECK(o["same_cluster"] == false);
}
