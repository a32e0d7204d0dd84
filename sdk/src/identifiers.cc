// Canonical keys for arXiv ids and DOIs (see identifiers.hpp).
//
// Patterns are RE2 (linear time on any input).  The arXiv date rules come
// from arXiv's identifier scheme: new-style ids started in April 2007 with
// 4-digit numbers and switched to 5 digits in January 2015; old-style ids
// ran from 1991 to March 2007.
#include "ream/identifiers.hpp"

#include <re2/re2.h>

#include "ream/text.hpp"

namespace ream::ids {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

int two_digits(std::string_view s) { return (s[0] - '0') * 10 + (s[1] - '0'); }

bool valid_new_style(std::string_view yy, std::string_view mm, std::string_view number) {
  int month = two_digits(mm);
  if (month < 1 || month > 12) return false;
  int yymm = two_digits(yy) * 100 + month;
  if (number.size() == 4) return yymm >= 704 && yymm <= 1412;
  return yymm >= 1501;
}

bool valid_old_style(std::string_view yy, std::string_view mm) {
  int month = two_digits(mm), year = two_digits(yy);
  if (month < 1 || month > 12) return false;
  return year >= 91 || year * 100 + month <= 703;
}

std::string percent_decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
      out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

}  // namespace

std::optional<std::string> arxiv_key(std::string_view text) {
  static const RE2 url(R"((?i)^(?:https?://)?(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/(.+?)(?:\.pdf)?/?$)");
  static const RE2 prefix(R"((?i)^arxiv:\s*(.+)$)");
  static const RE2 new_style(R"(^(\d\d)(\d\d)\.(\d{4,5})(?:v\d+)?$)");
  static const RE2 old_style(R"(^([a-zA-Z][a-zA-Z\-]*(?:\.[A-Za-z]{2})?)/(\d\d)(\d\d)(\d{3})(?:v\d+)?$)");
  std::string id(trim(text));
  std::string inner;
  if (RE2::FullMatch(id, url, &inner) || RE2::FullMatch(id, prefix, &inner)) id = inner;
  std::string yy, mm, number, archive;
  if (RE2::FullMatch(id, new_style, &yy, &mm, &number)) {
    if (!valid_new_style(yy, mm, number)) return std::nullopt;
    return yy + mm + "." + number;
  }
  if (RE2::FullMatch(id, old_style, &archive, &yy, &mm, &number)) {
    if (!valid_old_style(yy, mm)) return std::nullopt;
    // The subject class ("math.AG/...") is not part of the identifier:
    // arXiv files math.AG/0309136 as math/0309136.
    std::string name = ascii_lower(archive.substr(0, archive.find('.')));
    return name + "/" + yy + mm + number;
  }
  return std::nullopt;
}

namespace {

// What exports leave around a DOI field: MEDLINE's " [doi]" tag, and the
// full stop or comma that ends a citation element.  A DOI may end in such
// a character in principle, but registrants avoid it, and reading
// "10.1161/x." and "10.1161/x" as two DOIs would make dedupe's
// different-identifiers veto keep one paper's two records apart.
std::string_view without_export_residue(std::string_view id) {
  static constexpr std::string_view kTag = "[doi]";
  if (id.size() > kTag.size() && ascii_lower(id.substr(id.size() - kTag.size())) == kTag)
    id = trim(id.substr(0, id.size() - kTag.size()));
  while (!id.empty() && (id.back() == '.' || id.back() == ',' || id.back() == ';')) id.remove_suffix(1);
  return id;
}

}  // namespace

std::optional<std::string> doi_key(std::string_view text) {
  static const RE2 resolver(R"((?i)^(?:https?://)?(?:www\.|dx\.)?doi\.org/(.+)$)");
  static const RE2 prefix(R"((?i)^doi:?\s*(10\..+)$)");
  // A registrant code may be subdivided by full stops (DOI Handbook
  // 2.2.2); ISBN-A codes start with a three-digit element ("10.978.86123").
  static const RE2 doi(R"(^10\.(?:\d{4,9}(?:\.\d+)*|\d{3}(?:\.\d+)+)/\S+$)");
  std::string id(without_export_residue(trim(text)));
  std::string inner;
  if (RE2::FullMatch(id, resolver, &inner) || RE2::FullMatch(id, prefix, &inner)) id = inner;
  id = percent_decode(id);
  if (!RE2::FullMatch(id, doi) || !text::valid_utf8(id)) return std::nullopt;
  return ascii_lower(id);
}

std::optional<std::string> arxiv_from_doi(std::string_view doi) {
  static const RE2 datacite(R"((?i)^10\.48550/arxiv\.(.+)$)");
  std::string id;
  if (!RE2::FullMatch(std::string(trim(doi)), datacite, &id)) return std::nullopt;
  return arxiv_key(id);
}

std::string record_id(std::string_view arxiv, std::string_view doi, std::string_view title) {
  if (auto key = arxiv_key(arxiv)) return "arxiv:" + *key;
  if (auto key = doi_key(doi)) {
    if (auto from = arxiv_from_doi(*key)) return "arxiv:" + *from;
    return "doi:" + *key;
  }
  return "title:" + text::short_hash(text::title_key(title));
}

}  // namespace ream::ids
