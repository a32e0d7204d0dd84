// Canonical field names and value parsing (see paper_fields.hh).
//
// The alias table is deliberately small: names real exports use (Zotero,
// Semantic Scholar, arXiv and Hugging Face dumps), nothing guessed.  An
// unknown name is never an error: the field is kept as an extra.
#include "paper_fields.hh"

#include "paper_extra.hh"

#include <array>
#include <cctype>
#include <utility>

#include <fmt/format.h>

namespace ream::import {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 31> kAliases{{
    {"id", "id"},
    {"source", "source"},
    {"title", "title"},
    {"authors", "authors"},
    {"author", "authors"},
    {"creators", "authors"},
    {"abstract", "abstract"},
    {"summary", "abstract"},
    {"year", "year"},
    {"publication_year", "year"},
    {"date", "date"},
    {"published", "date"},
    {"publication_date", "date"},
    {"venue", "venue"},
    {"journal", "venue"},
    {"booktitle", "venue"},
    {"conference", "venue"},
    {"publication_title", "venue"},
    {"url", "url"},
    {"link", "url"},
    {"arxiv", "arxiv"},
    {"arxiv_id", "arxiv"},
    {"arxivid", "arxiv"},
    {"eprint", "arxiv"},
    {"doi", "doi"},
    {"notes", "notes"},
    {"note", "notes"},
    {"comment", "notes"},
    {"comments", "notes"},
    {"paper_title", "title"},
    {"abstract_text", "abstract"},
}};

std::string normal_name(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c == ' ' || c == '-' || c == '.') c = '_';
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  while (!out.empty() && out.front() == '_') out.erase(out.begin());
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

void split_on(std::string_view text, std::string_view sep, std::vector<std::string_view>& out) {
  for (;;) {
    size_t at = text.find(sep);
    out.push_back(text.substr(0, at));
    if (at == std::string_view::npos) return;
    text.remove_prefix(at + sep.size());
  }
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string_view canonical_field(std::string_view name) {
  std::string key = normal_name(name);
  for (const auto& [alias, field] : kAliases)
    if (alias == key) return field;
  return {};
}

std::vector<std::string> split_authors(std::string_view text) {
  std::vector<std::string_view> by_semicolon, parts;
  split_on(text, ";", by_semicolon);
  for (auto piece : by_semicolon) split_on(piece, " and ", parts);
  std::vector<std::string> out;
  for (auto part : parts)
    if (auto name = trim(part); !name.empty()) out.emplace_back(name);
  return out;
}

std::optional<int> parse_year(std::string_view text) {
  text = trim(text);
  for (size_t i = 0; i + 4 <= text.size(); ++i) {
    bool alone_before = i == 0 || !is_digit(text[i - 1]);
    bool alone_after = i + 4 == text.size() || !is_digit(text[i + 4]);
    if (!alone_before || !alone_after) continue;
    if (!is_digit(text[i]) || !is_digit(text[i + 1]) || !is_digit(text[i + 2]) || !is_digit(text[i + 3])) continue;
    int year = (text[i] - '0') * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
    if (year >= 1000 && year <= 2999) return year;
  }
  return std::nullopt;
}

std::optional<std::string> set_text_field(Paper& p, std::string_view field, std::string_view value) {
  value = trim(value);
  if (value.empty()) return std::nullopt;
  if (field == "title")
    p.title = value;
  else if (field == "authors")
    p.authors = split_authors(value);
  else if (field == "abstract")
    p.abstract = value;
  else if (field == "date")
    p.date = value;
  else if (field == "venue")
    p.venue = value;
  else if (field == "url")
    p.url = value;
  else if (field == "arxiv")
    p.arxiv = value;
  else if (field == "doi")
    p.doi = doi_field(value);
  else if (field == "notes")
    p.notes = value;
  else if (field == "year") {
    // One rule in every format: a year written with more than the year
    // ("2020a", "circa 1990") gives the year and is kept as written in
    // year_raw; one with no year in it is kept there alone (the caller
    // warns).  Nothing is made to look valid silently.
    p.year = parse_year(value);
    if (!p.year) return fmt::format("year '{}' is not a year", value);
    if (value != std::to_string(*p.year)) p.extra.emplace_back("year_raw", std::string(value));
  }
  return std::nullopt;
}

}  // namespace ream::import
