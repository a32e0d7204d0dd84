// Reading CSL-JSON (see csl_json.hh).
//
// The file is cut into items with their lines (json_values.hh) and each
// item is parsed by Boost.JSON on its own, so one broken item is one
// Issue and the rest import.  CSL variables with a record field are
// mapped (ream-import(1) has the table); the others pass through under
// their CSL names, prefixed "csl_" only where a name means something
// else in a record (CSL's `source` is a library catalogue, not where the
// record was read).  Rich text in titles and abstracts (CSL allows <i>,
// <b>, <sup>, <sub>) is reduced to text.
#include "csl_json.hh"

#include <algorithm>
#include <array>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <fmt/format.h>
#include <re2/re2.h>

#include <ream/identifiers.hpp>

#include <ream/record_fields.hpp>

#include "bibtex_arxiv.hh"
#include "json_values.hh"
#include "markup_text.hh"
#include "paper_extra.hh"
#include "paper_fields.hh"
#include "record_types.hh"

namespace ream::import {
namespace {

namespace json = boost::json;

// Record fields a passed-through CSL variable must not take over.
bool reserved_name(std::string_view name) {
  static const std::array<std::string_view, 28> names = {
      "id",    "title",           "authors",     "abstract", "year",   "date",     "venue",
      "url",   "arxiv",           "doi",         "notes",    "source", "keywords", "links",
      "cites", "cluster",         "merged_from", "type",     "issue",  "editors",  "publisher",
      "key",   "keywords_source", "references",  "volume",   "pages",  "et_al",    "venue_short"};
  for (auto n : names)
    if (n == name) return true;
  return false;
}

std::string text_of(const json::value& v) {
  if (v.is_string()) return std::string(v.get_string());
  if (v.is_int64()) return std::to_string(v.get_int64());
  if (v.is_uint64()) return std::to_string(v.get_uint64());
  if (v.is_double()) return json::serialize(v);
  return std::string();
}

void join(std::string& out, std::string_view part, std::string_view sep = " ") {
  if (part.empty()) return;
  if (!out.empty()) out += sep;
  out += part;
}

// A CSL name in reading order: "Ludwig van Beethoven", "Martin Luther
// King, Jr." (comma-suffix) or the literal as written.
std::string csl_name(const json::object& o) {
  auto part = [&](const char* key) {
    const json::value* v = o.if_contains(key);
    return v ? text_of(*v) : std::string();
  };
  if (std::string literal = part("literal"); !literal.empty()) return literal;
  std::string out;
  join(out, part("given"));
  join(out, part("dropping-particle"));
  join(out, part("non-dropping-particle"));
  join(out, part("family"));
  const json::value* comma = o.if_contains("comma-suffix");
  join(out, part("suffix"), comma && comma->is_bool() && comma->get_bool() ? ", " : " ");
  return out;
}

bool is_et_al(std::string_view name) { return name == "others" || name == "et al." || name == "et al"; }

// "2020", "2020-05", "2020-05-01" -> ISO date ("" for a bare year) and
// year; a numeric date that is no calendar date ("2020-13-45") -> its year
// and date_raw (ream-record(5)); anything else ("Spring 2020") -> its year
// and the text as a date hint.
void take_date_text(Paper& p, const std::string& raw) {
  int y = 0, m = 0, d = 0;
  static const RE2 iso(R"((\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?)");
  if (RE2::FullMatch(raw, iso, &y, &m, &d)) {
    std::string date = m ? iso_date(y, m, d) : std::string();
    p.year = parse_year(raw);
    if (!m || !date.empty())
      p.date = date;
    else
      put_text(p, "date_raw", raw);
    return;
  }
  p.year = parse_year(raw);
  p.date = raw;
}

int date_part(const json::value& v) {
  if (v.is_int64()) return static_cast<int>(std::max<int64_t>(-1, std::min<int64_t>(v.get_int64(), 99999)));
  if (v.is_string()) {
    std::string_view s = v.get_string();
    if (s.empty() || s.size() > 5 || s.find_first_not_of("0123456789") != std::string_view::npos) return -1;
    return std::stoi(std::string(s));
  }
  return -1;
}

// CSL date: date-parts first (the structured form), then raw, literal.
void take_date(Paper& p, const json::value& v) {
  if (v.is_string()) return take_date_text(p, std::string(v.get_string()));
  if (!v.is_object()) return;
  const json::object& o = v.get_object();
  const json::value* parts = o.if_contains("date-parts");
  if (parts && parts->is_array() && !parts->get_array().empty() && parts->get_array()[0].is_array() &&
      !parts->get_array()[0].get_array().empty()) {
    const json::array& first = parts->get_array()[0].get_array();
    int y = date_part(first[0]);
    int m = first.size() > 1 ? date_part(first[1]) : 0;
    int d = first.size() > 2 ? date_part(first[2]) : 0;
    if (y >= 1000 && y <= 2999) {
      p.year = y;
      if (m == 0 && d == 0) return;
      p.date = iso_date(y, m, d);
      if (!p.date.empty()) return;
    }
    put_text(p, "date_raw", json::serialize(*parts));  // not a calendar date: kept as the source wrote it
    return;
  }
  for (const char* key : {"raw", "literal"})
    if (const json::value* t = o.if_contains(key); t && t->is_string() && !t->get_string().empty())
      return take_date_text(p, std::string(t->get_string()));
}

std::vector<std::string> split_keywords(std::string_view s) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == ',' || s[i] == ';') {
      out.emplace_back(s.substr(start, i - start));
      start = i + 1;
    }
  return out;
}

class CslItem {
 public:
  CslItem(Paper& p, std::string& problem) : p_(p), problem_(problem) {}

  void take(const std::string& key, const json::value& v) {
    if (v.is_null()) return;
    if (key == "author" || key == "editor") return take_names(key, v);
    if (key == "issued") return take_date(p_, v);
    if (key == "keyword") return take_keywords(v);
    if (v.is_object() || v.is_array() || v.is_bool()) return pass(key, v);
    std::string text = text_of(v);
    if (key == "id") return void(id_ = text);
    if (key == "citation-key") return void(citation_key_ = text);
    if (key == "type") {
      // Not a CSL type: the record says "document" and keeps what was written.
      p_.type = ream::fields::csl_type(text) ? text : "document";
      if (p_.type != text) pass(key, v);
      return;
    }
    if (key == "title") return void(p_.title = markup_to_text(text));
    if (key == "container-title") return void(p_.venue = markup_to_text(text));
    if (key == "container-title-short" || key == "journalAbbreviation") return put_text(p_, "venue_short", text);
    if (key == "volume" || key == "issue" || key == "publisher") return put_text(p_, key, text);
    if (key == "page") return put_text(p_, "pages", page_range(text));
    if (key == "DOI") return take_doi(text);
    if (key == "URL") return void(p_.url = text);
    if (key == "abstract") return void(p_.abstract = markup_to_text(text));
    if (key == "note") return void(p_.notes = text);
    if (key == "number" || key == "archive_location") arxiv_hint(text);
    pass(key, v);
  }

  void finish() {
    if (!authors_.empty()) p_.authors = std::move(authors_);
    p_.et_al = et_al_;
    p_.editors = std::move(editors_);
    put_list(p_, "keywords_source", keywords_);
    put_text(p_, "key", citation_key_.empty() ? id_ : citation_key_);
    if (p_.arxiv.empty()) arxiv_hint(p_.url);
    if (p_.arxiv.empty()) arxiv_hint(p_.notes);
    for (auto& [name, value] : passed_) p_.extra_json.emplace_back(std::move(name), std::move(value));
  }

 private:
  void take_names(const std::string& key, const json::value& v) {
    if (!v.is_array()) return fail("field '" + key + "' must be a list of names");
    std::vector<std::string>& names = key == "author" ? authors_ : editors_;
    for (const json::value& item : v.get_array()) {
      std::string name = item.is_object() ? csl_name(item.get_object()) : item.is_string() ? text_of(item) : "";
      if (name.empty() && !item.is_object()) return fail("field '" + key + "' holds something that is not a name");
      if (is_et_al(name)) {
        if (key == "author") et_al_ = true;
        continue;
      }
      names.push_back(std::move(name));
    }
  }

  void take_keywords(const json::value& v) {
    if (v.is_string()) return void(keywords_ = split_keywords(v.get_string()));
    if (v.is_array())
      for (const json::value& k : v.get_array()) keywords_.push_back(text_of(k));
  }

  void take_doi(const std::string& text) {
    p_.doi = doi_of(text);
    if (p_.doi.empty()) return pass_text("DOI", text);  // not a DOI: kept, not lost
    if (auto arxiv = ids::arxiv_from_doi(p_.doi); arxiv && p_.arxiv.empty()) p_.arxiv = *arxiv;
  }

  void arxiv_hint(std::string_view text) {
    if (p_.arxiv.empty()) p_.arxiv = arxiv_mention(text);
  }

  // Passed-through values are written by Boost.JSON (numbers in its
  // spelling); CSL's own values are mostly strings.
  void pass(const std::string& key, const json::value& v) {
    passed_.emplace_back(reserved_name(key) ? "csl_" + key : key, json::serialize(v));
  }
  void pass_text(const std::string& key, const std::string& text) {
    passed_.emplace_back(key, json::serialize(json::value(text)));
  }

  void fail(std::string why) {
    if (problem_.empty()) problem_ = std::move(why);
  }

  Paper& p_;
  std::string& problem_;
  std::vector<std::string> authors_, editors_, keywords_;
  std::string id_, citation_key_;
  bool et_al_ = false;
  std::vector<std::pair<std::string, std::string>> passed_;
};

bool read_item(const JsonValueText& item, PaperSink& out) {
  std::string raw(item.text);
  json::error_code ec;
  json::value doc = json::parse(json::string_view(item.text.data(), item.text.size()), ec);
  if (ec) return out.issue({item.line, "invalid JSON: " + ec.message(), raw});
  if (!doc.is_object()) return out.issue({item.line, "a CSL-JSON item must be an object", raw});
  Paper p;
  p.line = item.line;
  p.end_line = item.line + static_cast<uint64_t>(std::count(item.text.begin(), item.text.end(), '\n'));
  std::string problem;
  CslItem csl(p, problem);
  // Boost.JSON keeps members in their written order.
  for (const auto& member : doc.get_object()) csl.take(std::string(member.key()), member.value());
  csl.finish();
  if (!problem.empty()) return out.issue({item.line, problem, raw});
  if (p.title.empty() && p.arxiv.empty() && p.doi.empty())
    return out.issue({item.line, "record has no title, arxiv or doi", raw});
  return out.paper(std::move(p));
}

}  // namespace

void parse_csl_json(std::string_view text, PaperSink& out) { parse_csl_json(text, FormatOptions{}, out); }

void parse_csl_json(std::string_view text, const FormatOptions& options, PaperSink& out) {
  read_records(
      text, options, out, [&](const auto& each) { for_each_json_record(text, 1, each); }, read_item);
}

Evidence detect_csl_json(const Sample& sample) {
  static const RE2 title(R"re("title"\s*:\s*")re");
  static const RE2 csl(
      R"re(("issued"\s*:\s*\{\s*"(?:date-parts|raw|literal)"|"(?:author|editor)"\s*:\s*\[\s*\{\s*"(?:family|given|literal)"))re");
  static const RE2 other(R"re("message-type"\s*:|"openalex\.org/|"authorships"\s*:)re");
  if (sample.lines.empty() || (sample.lines.front().front() != '[' && sample.lines.front().front() != '{')) return {};
  re2::StringPiece s(sample.head.data(), sample.head.size());
  re2::StringPiece marker;
  if (!RE2::PartialMatch(s, title) || !RE2::PartialMatch(s, csl, &marker) || RE2::PartialMatch(s, other)) return {};
  size_t at = static_cast<size_t>(marker.data() - sample.head.data());
  auto line = 1 + std::count(sample.head.begin(), sample.head.begin() + static_cast<long>(at), '\n');
  bool date = marker.starts_with("\"issued\"");
  return {kCertain, fmt::format("JSON items with a string \"title\" and a CSL {} at line {}",
                                date ? "date (\"issued\")" : "name list", line)};
}

}  // namespace ream::import
