// Reading OpenAlex works (see openalex.hh).
//
// As for Crossref, works are cut out of the file with their lines and
// parsed one at a time.  Names are the authorships' author.display_name
// (raw_author_name when OpenAlex has no author record); the venue is the
// primary location's source; the abstract is rebuilt from the inverted
// index, which is how OpenAlex ships abstracts; referenced_works (OpenAlex
// work ids) become `references`.
#include "openalex.hh"

#include <fmt/format.h>
#include <re2/re2.h>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <ream/identifiers.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>

#include "bibtex_arxiv.hh"
#include "json_values.hh"
#include "markup_text.hh"
#include "paper_extra.hh"

namespace ream::import {
namespace {

namespace json = boost::json;

const json::object* object_at(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  return v && v->is_object() ? &v->get_object() : nullptr;
}

std::string text_at(const json::object* o, std::string_view key) {
  if (!o) return "";
  const json::value* v = o->if_contains(key);
  if (!v) return "";
  if (v->is_string()) return std::string(v->get_string());
  if (v->is_int64()) return std::to_string(v->get_int64());
  return "";
}

std::string abstract_from(const json::value* index) {
  if (!index || !index->is_object()) return "";
  std::map<int64_t, std::string_view> at;
  for (const auto& [word, positions] : index->get_object()) {
    if (!positions.is_array()) continue;
    for (const auto& pos : positions.get_array())
      if (pos.is_int64() && pos.get_int64() >= 0) at[pos.get_int64()] = std::string_view(word.data(), word.size());
  }
  std::string out;
  for (const auto& [pos, word] : at) {
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

std::vector<std::string> authors_of(const json::object& work) {
  std::vector<std::string> out;
  const json::value* list = work.if_contains("authorships");
  if (!list || !list->is_array()) return out;
  for (const auto& a : list->get_array()) {
    if (!a.is_object()) continue;
    std::string name = text_at(object_at(a.get_object(), "author"), "display_name");
    if (name.empty()) name = text_at(&a.get_object(), "raw_author_name");
    out.push_back(std::move(name));
  }
  return out;
}

std::vector<std::string> strings_in(const json::object& work, std::string_view key, std::string_view member = "") {
  std::vector<std::string> out;
  const json::value* list = work.if_contains(key);
  if (!list || !list->is_array()) return out;
  for (const auto& v : list->get_array()) {
    if (v.is_string()) out.emplace_back(v.get_string());
    if (!member.empty() && v.is_object()) out.push_back(text_at(&v.get_object(), member));
  }
  return out;
}

std::string csl_type(std::string_view type, std::string_view source_type) {
  if (type == "article") return source_type == "conference" ? "paper-conference" : "article-journal";
  static const std::array<std::pair<std::string_view, std::string_view>, 11> types = {{
      {"preprint", "article"},
      {"book-chapter", "chapter"},
      {"book", "book"},
      {"dissertation", "thesis"},
      {"dataset", "dataset"},
      {"report", "report"},
      {"standard", "standard"},
      {"peer-review", "review"},
      {"reference-entry", "entry"},
      {"review", "article-journal"},
      {"editorial", "article-journal"},
  }};
  for (const auto& [from, to] : types)
    if (type == from) return std::string(to);
  return type.empty() ? "" : "document";
}

// The first arXiv id among the work's locations (arXiv's landing pages).
std::string arxiv_of(const json::object& work) {
  const json::value* locations = work.if_contains("locations");
  if (locations && locations->is_array())
    for (const auto& loc : locations->get_array())
      if (loc.is_object())
        if (std::string id = arxiv_mention(text_at(&loc.get_object(), "landing_page_url")); !id.empty()) return id;
  return "";
}

std::string_view after_last_slash(std::string_view s) {
  size_t slash = s.rfind('/');
  return slash == std::string_view::npos ? s : s.substr(slash + 1);
}

Paper work_paper(const json::object& work, uint64_t line) {
  Paper p;
  p.line = line;
  p.title = markup_to_text(text_at(&work, "title"));
  if (p.title.empty()) p.title = markup_to_text(text_at(&work, "display_name"));
  p.authors = authors_of(work);
  p.abstract = abstract_from(work.if_contains("abstract_inverted_index"));
  if (const json::value* y = work.if_contains("publication_year"); y && y->is_int64())
    p.year = static_cast<int>(y->get_int64());
  std::string date = text_at(&work, "publication_date");
  int y = 0, m = 0, d = 0;
  if (std::sscanf(date.c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3 && iso_date(y, m, d) == date)
    p.date = date;
  else
    put_text(p, "date_raw", date);  // not an ISO calendar date: kept as written
  const json::object* primary = object_at(work, "primary_location");
  const json::object* source = primary ? object_at(*primary, "source") : nullptr;
  p.venue = text_at(source, "display_name");
  p.url = text_at(primary, "landing_page_url");
  p.doi = doi_of(text_at(&work, "doi"));
  if (auto arxiv = ids::arxiv_from_doi(p.doi)) p.arxiv = *arxiv;
  if (p.arxiv.empty()) p.arxiv = arxiv_of(work);
  const json::object* biblio = object_at(work, "biblio");
  p.type = csl_type(text_at(&work, "type"), text_at(source, "type"));
  put_text(p, "volume", text_at(biblio, "volume"));
  put_text(p, "issue", text_at(biblio, "issue"));
  put_text(p, "pages", page_range(text_at(biblio, "first_page"), text_at(biblio, "last_page")));
  put_text(p, "publisher", text_at(source, "host_organization_name"));
  put_text(p, "language", text_at(&work, "language"));
  put_text(p, "openalex", text_at(&work, "id"));
  put_text(p, "pmid", after_last_slash(text_at(object_at(work, "ids"), "pmid")));
  put_list(p, "keywords_source", strings_in(work, "keywords", "display_name"));
  put_list(p, "references", strings_in(work, "referenced_works"));
  return p;
}

bool read_work(const JsonValueText& item, PaperSink& out) {
  json::error_code ec;
  json::value doc = json::parse(json::string_view(item.text.data(), item.text.size()), ec);
  if (ec) return out.issue({item.line, "invalid JSON: " + ec.message(), std::string(item.text)});
  if (!doc.is_object()) return out.issue({item.line, "an OpenAlex work must be an object", std::string(item.text)});
  Paper p = work_paper(doc.get_object(), item.line);
  p.end_line = item.line + static_cast<uint64_t>(std::count(item.text.begin(), item.text.end(), '\n'));
  if (p.title.empty() && p.doi.empty() && p.arxiv.empty())
    return out.issue({item.line, "work has no title, DOI or arXiv id", std::string(item.text)});
  return out.paper(std::move(p));
}

}  // namespace

void parse_openalex(std::string_view text, PaperSink& out) { parse_openalex(text, FormatOptions{}, out); }

void parse_openalex(std::string_view text, const FormatOptions& options, PaperSink& out) {
  read_records(
      text, options, out, [&](const auto& each) { for_each_wrapped_record(text, {"results"}, each); }, read_work);
}

std::string abstract_from_inverted_index(std::string_view index_json) {
  json::error_code ec;
  json::value v = json::parse(json::string_view(index_json.data(), index_json.size()), ec);
  return ec ? "" : abstract_from(&v);
}

Evidence detect_openalex(const Sample& sample) {
  static const RE2 work_id(R"re("id"\s*:\s*"https://openalex\.org/(W\d+)")re");
  static const RE2 members(
      R"re("(authorships|abstract_inverted_index|referenced_works|primary_location|publication_year)"\s*:)re");
  if (sample.lines.empty() || (sample.lines.front().front() != '{' && sample.lines.front().front() != '[')) return {};
  re2::StringPiece head(sample.head.data(), sample.head.size());
  std::string found;
  if (RE2::PartialMatch(head, work_id, &found)) return {kCertain, fmt::format("OpenAlex work id {}", found)};
  // OpenAlex's own member names: one is a hint, two are its Work object.
  std::vector<std::string> seen;
  re2::StringPiece rest = head;
  while (seen.size() < 2 && RE2::FindAndConsume(&rest, members, &found))
    if (std::find(seen.begin(), seen.end(), found) == seen.end()) seen.push_back(found);
  if (seen.size() == 2) return {kCertain, fmt::format("OpenAlex's \"{}\" and \"{}\" members", seen[0], seen[1])};
  if (seen.size() == 1) return {kStrong, fmt::format("OpenAlex's \"{}\" member", seen[0])};
  return {};
}

}  // namespace ream::import
