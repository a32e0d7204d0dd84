// Filling a Paper's schema fields (see paper_extra.hh).
//
// Lists are written as JSON text with Boost.JSON's escaping; their items
// are cleaned here because the import stage cleans only text fields.
// Short ASCII items (most names and keywords) skip ICU.
#include "paper_extra.hh"

#include <boost/json/serialize.hpp>
#include <boost/json/string_view.hpp>

#include <ream/identifiers.hpp>
#include <ream/text.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

namespace ream::import {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), is_digit); }

std::string tidy(std::string_view s) {
  if (std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
    return text::clean(s);
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || (c >= '\t' && c <= '\r')) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

// The separator between the two ends of a range: "-", "--", "–", "—"
// with optional spaces.  Returns {position, length} or {npos, 0}.
std::pair<size_t, size_t> range_dash(std::string_view s) {
  for (size_t i = 1; i < s.size(); ++i) {
    size_t len = 0;
    if (s.substr(i, 2) == "--")
      len = 2;
    else if (s[i] == '-')
      len = 1;
    else if (s.substr(i, 3) == "\u2013" || s.substr(i, 3) == "\u2014")
      len = 3;
    if (len) return {i, len};
  }
  return {std::string_view::npos, 0};
}

}  // namespace

void put_text(Paper& p, std::string_view name, std::string_view value) {
  if (value.empty()) return;
  for (const auto& [n, v] : p.extra)
    if (n == name) return;
  p.extra.emplace_back(std::string(name), std::string(value));
}

void put_list(Paper& p, std::string_view name, const std::vector<std::string>& items) {
  std::string list = "[";
  for (const auto& item : items) {
    std::string clean = tidy(item);
    if (clean.empty()) continue;
    if (list.size() > 1) list += ',';
    list += boost::json::serialize(boost::json::string_view(clean.data(), clean.size()));
  }
  if (list.size() == 1) return;
  p.extra_json.emplace_back(std::string(name), list + "]");
}

std::string page_range(std::string_view first, std::string_view last) {
  first = trim(first);
  last = trim(last);
  if (last.empty() || last == first) return std::string(first);
  if (first.empty()) return std::string(last);
  // "123" to "9" means 129: the last page repeats the first's leading digits.
  if (all_digits(first) && all_digits(last) && last.size() < first.size() &&
      first.substr(first.size() - last.size()) < last)
    return std::string(first) + "\u2013" + std::string(first.substr(0, first.size() - last.size())) + std::string(last);
  return std::string(first) + "\u2013" + std::string(last);
}

std::string page_range(std::string_view pages) {
  pages = trim(pages);
  auto [at, len] = range_dash(pages);
  if (at == std::string_view::npos) return std::string(pages);
  std::string_view first = trim(pages.substr(0, at)), last = trim(pages.substr(at + len));
  if (first.empty() || last.empty() || last.find_first_of("-\u2013,") != std::string_view::npos)
    return std::string(pages);
  return page_range(first, last);
}

std::string doi_of(std::string_view text) {
  auto key = ids::doi_key(trim(text));
  return key ? *key : std::string();
}

std::string doi_field(std::string_view text) {
  auto key = ids::doi_key(text);
  return key ? *key : std::string(text);
}

int month_number(std::string_view text) {
  text = trim(text);
  if (all_digits(text) && text.size() <= 2) {
    int m = std::stoi(std::string(text));
    return m >= 1 && m <= 12 ? m : 0;
  }
  static const std::array<std::string_view, 12> names = {"jan", "feb", "mar", "apr", "may", "jun",
                                                         "jul", "aug", "sep", "oct", "nov", "dec"};
  if (text.size() < 3) return 0;
  std::string lower;
  for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (size_t i = 0; i < names.size(); ++i)
    if (lower.starts_with(names[i])) return static_cast<int>(i) + 1;
  return 0;
}

std::string iso_date(int year, int month, int day) {
  static const std::array<int, 12> days = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 0) return "";
  if (day > days[month - 1]) return "";
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && day == 29 && !leap) return "";
  char buf[32];
  if (day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

}  // namespace ream::import
