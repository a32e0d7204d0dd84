// --report and --explain: clusters and pair evidence as JSON.
#ifndef REAM_DEDUPE_REPORT_HH
#define REAM_DEDUPE_REPORT_HH

#include <boost/json/object.hpp>

#include <string>
#include <vector>

#include "match_weights.hh"
#include "pair_score.hh"

namespace ream::dedupe {

// One pair's evidence: decision, rule, field similarities, vetoes.
boost::json::object pair_json(const std::string& a, const std::string& b, const Evidence& e);

// The waterfall of one pair under `model`: which model, the prior's
// weight, each field's level and weight (log2 Bayes factor), their sum
// and the match probability.
// `title_frequency` as for waterfall().
boost::json::object weights_json(const WeightModel& model, const FieldComparison& c, double title_frequency = 0);

struct ClusterReport {
  std::string representative;
  std::vector<std::string> members;  // input order
  std::vector<boost::json::object> pairs;
  std::vector<boost::json::object> conflicts;
};

// `v` as compact JSON with numbers readable: fractions in fixed notation
// rounded to four decimals ("0.95", not "9.5E-1").
std::string json_text(const boost::json::value& v);

// One line (no newline) of the --report file.
std::string cluster_line(const ClusterReport& c);

}  // namespace ream::dedupe

#endif
