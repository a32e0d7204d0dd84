// CSL-JSON items (see csl_json_writer.hh).
#include "csl_json_writer.hh"

#include <boost/json.hpp>

#include "paper_values.hh"
#include "person_names.hh"

namespace ream::exporting {
namespace {

boost::json::array people(const std::vector<std::string>& names) {
  boost::json::array out;
  for (const std::string& name : names) {
    PersonName n = split_name(name);
    boost::json::object o;
    if (!n.literal.empty()) {
      o["literal"] = n.literal;
    } else {
      o["family"] = n.family;
      if (!n.given.empty()) o["given"] = n.given;
      if (!n.particle.empty()) o["non-dropping-particle"] = n.particle;
      if (!n.suffix.empty()) o["suffix"] = n.suffix;
    }
    out.push_back(std::move(o));
  }
  return out;
}

void put(boost::json::object& o, std::string_view key, const std::string& value) {
  if (!value.empty()) o[key] = value;
}

}  // namespace

std::string csl_json_item(const ExportPaper& p, const std::string& key, bool abstract) {
  boost::json::object o;
  o["id"] = key;
  o["type"] = p.type;
  put(o, "title", p.title);
  if (!p.authors.empty()) o["author"] = people(p.authors);
  if (!p.editors.empty()) o["editor"] = people(p.editors);
  put(o, "container-title", p.venue);
  DateParts d = date_parts(p);
  if (d.year) {
    boost::json::array parts{d.year};
    if (d.month) parts.push_back(d.month);
    if (d.day) parts.push_back(d.day);
    // CSL wants a list of dates, each a list of parts: [[1984, 5]].  Built
    // with emplace_back: `array{std::move(parts)}` is a copy of `parts` for
    // clang and a one-element array for g++ (list-initialisation rules).
    boost::json::array dates;
    dates.emplace_back(std::move(parts));
    o["issued"] = boost::json::object{{"date-parts", std::move(dates)}};
  }
  put(o, "volume", p.volume);
  put(o, "issue", p.issue);
  auto [first, last] = page_range(p.pages);
  put(o, "page", last.empty() ? first : first + "-" + last);
  put(o, "publisher", p.publisher);
  if (std::string arxiv = arxiv_id(p.arxiv); !arxiv.empty()) {
    o["number"] = "arXiv:" + arxiv;
    if (p.publisher.empty() && p.type == "article") o["publisher"] = "arXiv";
  }
  put(o, "DOI", p.doi);
  put(o, "URL", p.url);
  if (abstract) put(o, "abstract", p.abstract);
  if (!p.keywords.empty()) {
    std::string joined;
    for (const std::string& k : p.keywords) joined += (joined.empty() ? "" : ", ") + k;
    o["keyword"] = joined;
  }
  put(o, "note", p.notes);
  return boost::json::serialize(o);
}

}  // namespace ream::exporting
