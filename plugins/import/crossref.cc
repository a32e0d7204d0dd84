// Reading Crossref works (see crossref.hh).
//
// Works are cut out of the response by json_values.hh (so each has its
// line and a broken one is one Issue) and parsed by Boost.JSON one at a
// time.  Crossref's titles and container titles are lists (first taken),
// abstracts are JATS (reduced to text), names are {given, family} or
// {name} for organisations, types are Crossref's own and are mapped to
// CSL's.  `reference` entries give `references` where Crossref knows the
// cited DOI.
#include "crossref.hh"

#include <fmt/format.h>
#include <re2/re2.h>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <ream/identifiers.hpp>

#include <algorithm>
#include <array>

#include "json_values.hh"
#include "markup_text.hh"
#include "paper_extra.hh"

namespace ream::import {
namespace {

namespace json = boost::json;

std::string text_at(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  if (!v) return "";
  if (v->is_string()) return std::string(v->get_string());
  if (v->is_int64()) return std::to_string(v->get_int64());
  if (v->is_array() && !v->get_array().empty() && v->get_array()[0].is_string())
    return std::string(v->get_array()[0].get_string());
  return "";
}

std::string person(const json::value& v) {
  if (!v.is_object()) return "";
  const json::object& o = v.get_object();
  if (std::string name = text_at(o, "name"); !name.empty()) return name;
  std::string given = text_at(o, "given"), family = text_at(o, "family");
  if (given.empty()) return family;
  if (family.empty()) return given;
  std::string suffix = text_at(o, "suffix");
  return given + " " + family + (suffix.empty() ? "" : " " + suffix);
}

std::vector<std::string> people(const json::object& work, std::string_view key) {
  std::vector<std::string> out;
  if (const json::value* list = work.if_contains(key); list && list->is_array())
    for (const auto& item : list->get_array()) out.push_back(person(item));
  return out;
}

std::string csl_type(std::string_view crossref) {
  static const std::array<std::pair<std::string_view, std::string_view>, 16> types = {{
      {"journal-article", "article-journal"},
      {"proceedings-article", "paper-conference"},
      {"book-chapter", "chapter"},
      {"book-section", "chapter"},
      {"book-part", "chapter"},
      {"book", "book"},
      {"monograph", "book"},
      {"edited-book", "book"},
      {"reference-book", "book"},
      {"posted-content", "article"},
      {"dataset", "dataset"},
      {"report", "report"},
      {"dissertation", "thesis"},
      {"standard", "standard"},
      {"peer-review", "review"},
      {"reference-entry", "entry"},
  }};
  for (const auto& [from, to] : types)
    if (crossref == from) return std::string(to);
  return crossref.empty() ? "" : "document";
}

// issued, else the print or online publication date.
void take_date(Paper& p, const json::object& work) {
  for (const char* key : {"issued", "published-print", "published-online", "published", "created"}) {
    const json::value* date = work.if_contains(key);
    if (!date || !date->is_object()) continue;
    const json::value* parts = date->get_object().if_contains("date-parts");
    if (!parts || !parts->is_array() || parts->get_array().empty() || !parts->get_array()[0].is_array()) continue;
    const json::array& first = parts->get_array()[0].get_array();
    auto part = [&](size_t i) {
      return i < first.size() && first[i].is_int64() ? static_cast<int>(first[i].get_int64()) : 0;
    };
    int y = part(0), m = part(1), d = part(2);
    if (y < 1000 || y > 2999) continue;  // [[null]]: Crossref's unknown date
    p.year = y;
    if (m) p.date = iso_date(y, m, d);
    return;
  }
}

std::vector<std::string> reference_dois(const json::object& work) {
  std::vector<std::string> out;
  const json::value* refs = work.if_contains("reference");
  if (!refs || !refs->is_array()) return out;
  for (const auto& ref : refs->get_array())
    if (ref.is_object())
      if (std::string doi = doi_of(text_at(ref.get_object(), "DOI")); !doi.empty()) out.push_back(doi);
  return out;
}

Paper work_paper(const json::object& work, uint64_t line) {
  Paper p;
  p.line = line;
  p.title = markup_to_text(text_at(work, "title"));
  if (std::string subtitle = markup_to_text(text_at(work, "subtitle")); !subtitle.empty() && !p.title.empty())
    p.title += ": " + subtitle;
  p.authors = people(work, "author");
  p.abstract = markup_to_text(text_at(work, "abstract"));
  take_date(p, work);
  p.venue = markup_to_text(text_at(work, "container-title"));
  p.doi = doi_of(text_at(work, "DOI"));
  p.url = text_at(work, "URL");
  if (auto arxiv = ids::arxiv_from_doi(p.doi)) p.arxiv = *arxiv;
  p.type = csl_type(text_at(work, "type"));
  put_text(p, "venue_short", text_at(work, "short-container-title"));
  put_text(p, "volume", text_at(work, "volume"));
  put_text(p, "issue", text_at(work, "issue"));
  put_text(p, "pages", page_range(text_at(work, "page")));
  put_text(p, "article_number", text_at(work, "article-number"));
  put_text(p, "publisher", text_at(work, "publisher"));
  put_text(p, "language", text_at(work, "language"));
  p.editors = people(work, "editor");
  put_list(p, "references", reference_dois(work));
  return p;
}

bool read_work(const JsonValueText& item, PaperSink& out) {
  json::error_code ec;
  json::value doc = json::parse(json::string_view(item.text.data(), item.text.size()), ec);
  if (ec) return out.issue({item.line, "invalid JSON: " + ec.message(), std::string(item.text)});
  if (!doc.is_object()) return out.issue({item.line, "a Crossref work must be an object", std::string(item.text)});
  const json::object& work = doc.get_object();
  Paper p = work_paper(work, item.line);
  p.end_line = item.line + static_cast<uint64_t>(std::count(item.text.begin(), item.text.end(), '\n'));
  if (p.title.empty() && p.doi.empty())
    return out.issue({item.line, "work has no title or DOI", std::string(item.text)});
  return out.paper(std::move(p));
}

}  // namespace

void parse_crossref(std::string_view text, PaperSink& out) {
  for_each_json_record(text, 1, [&](const JsonValueText& response) {
    // An error answer ("status": "error") lists its errors in "message".
    for (const auto& [key, value] : raw_members(response.text))
      if (key == "status" && value != "\"ok\"")
        return out.issue(
            {response.line, fmt::format("Crossref answered status {}, not works", value), std::string(response.text)});
    return unwrap_record(response, {"message", "items"},
                         [&](const JsonValueText& item) { return read_work(item, out); });
  });
}

Evidence detect_crossref(const Sample& sample) {
  static const RE2 envelope(R"re("message-type"\s*:\s*"(work|work-list)")re");
  static const RE2 counters(R"re("is-referenced-by-count"\s*:|"reference-count"\s*:)re");
  static const RE2 title_list(R"re("title"\s*:\s*\[)re");
  if (sample.lines.empty() || (sample.lines.front().front() != '{' && sample.lines.front().front() != '[')) return {};
  re2::StringPiece head(sample.head.data(), sample.head.size());
  std::string kind;
  if (RE2::PartialMatch(head, envelope, &kind))
    return {kCertain, fmt::format("Crossref response with \"message-type\": \"{}\"", kind)};
  // Crossref's counters, and a title that is a list (JSON Lines records
  // and CSL-JSON items have a string): bare works, as a cursor dump saves them.
  if (RE2::PartialMatch(head, counters))
    return RE2::PartialMatch(head, title_list)
               ? Evidence{kCertain, "JSON works with Crossref's reference counters and list titles"}
               : Evidence{kStrong, "JSON works with Crossref's reference counters"};
  return {};
}

}  // namespace ream::import
