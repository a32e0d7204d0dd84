// Shared field values (see paper_values.hh).
#include "paper_values.hh"

#include <cctype>

#include <ream/identifiers.hpp>

namespace ream::exporting {
namespace {

// Length of the dash at s[i] (ASCII hyphen or a UTF-8 Unicode dash), or 0.
size_t dash_at(std::string_view s, size_t i) {
  if (s[i] == '-') return 1;
  for (std::string_view d : {"\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"})
    if (s.substr(i, d.size()) == d) return d.size();
  return 0;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

int number(std::string_view s) {
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return s.empty() ? -1 : n;
}

}  // namespace

std::pair<std::string, std::string> page_range(std::string_view pages) {
  for (size_t i = 0; i < pages.size(); ++i) {
    size_t len = dash_at(pages, i);
    if (len == 0) continue;
    size_t end = i;
    while (end < pages.size() && (len = dash_at(pages, end)) > 0) end += len;
    std::string_view first = trim(pages.substr(0, i)), last = trim(pages.substr(end));
    if (first.empty() || last.empty()) break;  // a leading or trailing dash is part of the page
    return {std::string(first), std::string(last)};
  }
  return {std::string(trim(pages)), std::string()};
}

DateParts date_parts(const ExportPaper& p) {
  DateParts d;
  std::string_view s = p.date;
  int year = s.size() >= 4 ? number(s.substr(0, 4)) : -1;
  bool iso = year > 0 && (s.size() == 4 || s[4] == '-') && (!p.year || *p.year == year);
  if (!iso) {
    if (p.year) d.year = *p.year;
    return d;
  }
  d.year = year;
  if (s.size() >= 7 && s.size() != 6) {
    int month = number(s.substr(5, 2));
    if (month >= 1 && month <= 12 && (s.size() == 7 || s[7] == '-')) {
      d.month = month;
      int day = s.size() >= 10 ? number(s.substr(8, 2)) : -1;
      if (day >= 1 && day <= 31 && s.size() == 10) d.day = day;
    }
  }
  return d;
}

std::string arxiv_id(std::string_view arxiv) {
  std::string_view s = trim(arxiv);
  if (s.size() > 6 && (s.substr(0, 6) == "arXiv:" || s.substr(0, 6) == "arxiv:" || s.substr(0, 6) == "ARXIV:"))
    s.remove_prefix(6);
  if (s.find('/') == std::string_view::npos || s.find("arxiv.org") == std::string_view::npos) {
    if (ids::arxiv_key(s)) return std::string(s);
  }
  if (auto key = ids::arxiv_key(arxiv)) return *key;
  return {};
}

std::string_view extra_value(const ExportPaper& p, std::string_view name) {
  for (const auto& [n, v] : p.extra)
    if (n == name) return v;
  return {};
}

}  // namespace ream::exporting
