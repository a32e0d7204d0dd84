// Evidence as JSON.
//
// Every merge has to be explainable to a reviewer, so a pair's JSON
// carries the rule that decided it, each field's similarity (null when a
// side lacks the field, so "unknown" is never mistaken for "different"),
// and both the vetoes checked and those that fired.
//
// Lines are written by json_text, not boost::json::serialize: Boost prints
// doubles in shortest round-trip scientific form ("9.5E-1"), which reads
// badly.  json_text prints them in fixed notation rounded to four decimals
// with trailing zeros cut ("0.95", "1"), more where four would show a
// fraction as a whole 0 or 1 ("0.99999"), and leaves strings to Boost.
#include "report.hh"

#include <fmt/format.h>
#include <boost/json/serialize.hpp>

#include <cmath>

namespace ream::dedupe {
namespace {

boost::json::value similarity(double v) {
  if (v < 0) return nullptr;
  return v;
}

void append_number(double v, std::string& out) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  // Four decimals, unless they would show a fraction as a whole 0 or 1: a
  // match probability of 0.99999 printed as "1" would read as certain,
  // and as reaching a threshold it falls short of.
  std::string text;
  for (int decimals = 4; decimals <= 12; ++decimals) {
    text = fmt::format("{:.{}f}", v, decimals);
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.pop_back();
    if (text == "-0") text = "0";
    bool whole = text == "0" || text == "1" || text == "-1";
    if (!whole || v == std::round(v)) break;
  }
  out += text;
}

void append_json(const boost::json::value& v, std::string& out) {
  switch (v.kind()) {
    case boost::json::kind::double_:
      append_number(v.get_double(), out);
      return;
    case boost::json::kind::object: {
      out += '{';
      bool first = true;
      for (const auto& [key, value] : v.get_object()) {
        if (!first) out += ',';
        first = false;
        out += boost::json::serialize(boost::json::string_view(key));
        out += ':';
        append_json(value, out);
      }
      out += '}';
      return;
    }
    case boost::json::kind::array: {
      out += '[';
      bool first = true;
      for (const auto& item : v.get_array()) {
        if (!first) out += ',';
        first = false;
        append_json(item, out);
      }
      out += ']';
      return;
    }
    default:
      out += boost::json::serialize(v);
  }
}

const char* page_name(PageRelation p) {
  switch (p) {
    case PageRelation::same:
      return "same";
    case PageRelation::overlap:
      return "overlap";
    case PageRelation::disjoint:
      return "disjoint";
    case PageRelation::unknown:
      break;
  }
  return "unknown";
}

const char* id_relation(bool same, bool differs) { return same ? "same" : differs ? "different" : "unknown"; }

boost::json::array veto_names(uint32_t bits) {
  boost::json::array out;
  for (uint32_t bit = 1; bit <= kAllVetoes; bit <<= 1)
    if (bits & bit) out.emplace_back(veto_name(static_cast<Veto>(bit)));
  return out;
}

}  // namespace

boost::json::object pair_json(const std::string& a, const std::string& b, const Evidence& e) {
  const FieldComparison& c = e.fields;
  boost::json::object sims;
  sims["title"] = c.both_titled ? similarity(c.title) : nullptr;
  sims["title_containment"] = c.both_titled ? similarity(c.containment) : nullptr;
  sims["authors"] = similarity(c.authors);
  sims["venue"] = similarity(c.venue);
  sims["abstract"] = similarity(c.abstract);
  boost::json::object fields;
  fields["arxiv"] = id_relation(c.same_arxiv, c.arxiv_differs);
  fields["doi"] = id_relation(c.same_doi, c.doi_differs);
  fields["year_gap"] = c.year_gap < 0 ? boost::json::value(nullptr) : boost::json::value(c.year_gap);
  fields["pages"] = page_name(c.pages);
  fields["volume"] = c.volume == FieldRelation::same        ? "same"
                     : c.volume == FieldRelation::different ? "different"
                                                            : "unknown";
  fields["issue"] = c.issue == FieldRelation::same        ? "same"
                    : c.issue == FieldRelation::different ? "different"
                                                          : "unknown";
  fields["authors_contained"] = c.authors_contained;
  boost::json::object o;
  o["a"] = a;
  o["b"] = b;
  o["decision"] = decision_name(e.decision);
  o["rule"] = e.rule;
  o["level"] = level_name(e.level);
  o["similarity"] = std::move(sims);
  o["fields"] = std::move(fields);
  o["vetoes_checked"] = veto_names(e.vetoes.checked);
  o["vetoes_fired"] = veto_names(e.vetoes.fired);
  return o;
}

boost::json::object weights_json(const WeightModel& model, const FieldComparison& c, double title_frequency) {
  Waterfall w = waterfall(model, comparison_levels(c), title_frequency);
  boost::json::array fields;
  for (const WeightStep& step : w.steps)
    fields.push_back(
        boost::json::object{{"field", field_name(step.field)}, {"level", step.level}, {"weight", step.weight}});
  return boost::json::object{{"model", model.source},
                             {"prior", w.prior},
                             {"fields", std::move(fields)},
                             {"title_frequency_adjustment", w.title_frequency_adjustment},
                             {"sum", w.sum},
                             {"probability", w.probability}};
}

std::string cluster_line(const ClusterReport& c) {
  boost::json::object o;
  o["cluster"] = c.representative;
  o["representative"] = c.representative;
  boost::json::array members;
  for (const auto& m : c.members) members.emplace_back(m);
  o["members"] = std::move(members);
  boost::json::array pairs;
  for (const auto& p : c.pairs) pairs.emplace_back(p);
  o["pairs"] = std::move(pairs);
  if (!c.conflicts.empty()) {
    boost::json::array conflicts;
    for (const auto& p : c.conflicts) conflicts.emplace_back(p);
    o["conflicts"] = std::move(conflicts);
  }
  return json_text(o);
}

std::string json_text(const boost::json::value& v) {
  std::string out;
  append_json(v, out);
  return out;
}

}  // namespace ream::dedupe
