// Records to ExportPaper (see record_reader.hh).
#include "record_reader.hh"

#include <boost/json.hpp>

#include <algorithm>

#include "entry_types.hh"

namespace ream::exporting {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

void split_on(std::string_view text, std::string_view sep, std::vector<std::string>& out) {
  for (;;) {
    size_t at = text.find(sep);
    std::string_view piece = trim(text.substr(0, at));
    if (!piece.empty()) out.emplace_back(piece);
    if (at == std::string_view::npos) return;
    text.remove_prefix(at + sep.size());
  }
}

// A scalar field as text: strings as they are, numbers and booleans as
// their JSON spelling; "" for anything else.
std::string scalar_text(const ream::Record& rec, std::string_view key) {
  switch (rec.type(key)) {
    case REAM_STRING:
      return std::string(*rec.string(key));
    case REAM_NUMBER:
    case REAM_BOOL:
      return std::string(rec.json(key).value_or(""));
    default:
      return {};
  }
}

// Any field as text: lists of strings joined with "; ", objects and
// mixed lists as JSON.
std::string any_text(const ream::Record& rec, std::string_view key) {
  if (rec.type(key) != REAM_ARRAY && rec.type(key) != REAM_OBJECT) return scalar_text(rec, key);
  if (rec.type(key) == REAM_ARRAY) {
    std::vector<std::string_view> items = rec.strings(key);
    boost::json::value v = boost::json::parse(rec.json(key).value_or("[]"));
    if (items.size() == v.as_array().size()) {
      std::string out;
      for (std::string_view item : items) out += (out.empty() ? "" : "; ") + std::string(item);
      return out;
    }
  }
  return std::string(rec.json(key).value_or(""));
}

std::vector<std::string> keywords_in(const ream::Record& rec, std::string_view field) {
  std::vector<std::string> out;
  switch (rec.type(field)) {
    case REAM_STRING:
      return split_keywords(*rec.string(field));
    case REAM_ARRAY: {
      boost::json::value v = boost::json::parse(*rec.json(field));
      for (const boost::json::value& item : v.as_array()) {
        const boost::json::value* text = &item;
        if (item.is_object()) text = item.as_object().if_contains("phrase");
        if (text && text->is_string() && !text->as_string().empty()) out.emplace_back(text->as_string());
      }
      return out;
    }
    default:
      return out;
  }
}

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// The source's keywords (`keywords_source`) first, then those ream
// keywords extracted that the source does not already have.
std::vector<std::string> keywords_of(const ream::Record& rec) {
  std::vector<std::string> out = keywords_in(rec, "keywords_source");
  std::vector<std::string> seen;
  for (const std::string& k : out) seen.push_back(lower_ascii(k));
  for (std::string& k : keywords_in(rec, "keywords"))
    if (std::find(seen.begin(), seen.end(), lower_ascii(k)) == seen.end()) out.push_back(std::move(k));
  return out;
}

std::vector<std::string> strings_of(const ream::Record& rec, std::string_view key) {
  std::vector<std::string> out;
  for (std::string_view s : rec.strings(key))
    if (!trim(s).empty()) out.emplace_back(s);
  return out;
}

}  // namespace

std::vector<std::string> split_keywords(std::string_view text) {
  std::vector<std::string> out;
  split_on(text, text.find(';') != std::string_view::npos ? ";" : ",", out);
  return out;
}

std::vector<std::string> split_people(std::string_view text) {
  std::vector<std::string> out;
  if (text.find(';') != std::string_view::npos)
    split_on(text, ";", out);
  else
    split_on(text, " and ", out);
  return out;
}

ExportPaper read_paper(const ream::Record& rec) {
  ExportPaper p;
  p.id = scalar_text(rec, "id");
  p.key = scalar_text(rec, "key");
  p.title = scalar_text(rec, "title");
  p.title_protected = scalar_text(rec, "title_protected");
  p.bibtex_type = scalar_text(rec, "bibtex_type");
  p.authors = strings_of(rec, "authors");
  p.editors = strings_of(rec, "editors");
  if (p.editors.empty() && rec.type("editor") == REAM_STRING) p.editors = split_people(*rec.string("editor"));
  std::string et_al = scalar_text(rec, "et_al");
  p.et_al = et_al == "true";
  std::string year = scalar_text(rec, "year");
  if (!year.empty() && year.size() <= 9 && year.find_first_not_of("0123456789") == std::string::npos)
    p.year = std::stoi(year);
  p.date = scalar_text(rec, "date");
  p.venue = scalar_text(rec, "venue");
  p.volume = scalar_text(rec, "volume");
  p.issue = scalar_text(rec, rec.has("issue") ? "issue" : "number");
  p.pages = scalar_text(rec, "pages");
  p.publisher = scalar_text(rec, "publisher");
  p.doi = scalar_text(rec, "doi");
  p.arxiv = scalar_text(rec, "arxiv");
  p.url = scalar_text(rec, "url");
  p.abstract = scalar_text(rec, "abstract");
  p.notes = scalar_text(rec, "notes");
  p.keywords = keywords_of(rec);
  for (size_t i = 0, n = rec.size(); i < n; ++i) {
    std::string_view name = rec.key(i);
    bool kept_aside = name == "primaryclass" || name == "eprintclass" || name == "month";
    if (is_internal_field(name) || (is_canonical_field(name) && !kept_aside)) continue;
    std::string value = any_text(rec, name);
    if (!value.empty()) p.extra.emplace_back(std::string(name), std::move(value));
  }
  p.type = csl_type(scalar_text(rec, "type"), scalar_text(rec, "entry_type"), p.venue, !p.arxiv.empty());
  return p;
}

}  // namespace ream::exporting
