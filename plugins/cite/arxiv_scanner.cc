// arXiv id scanner.
//
// Two id schemes exist.  New style (April 2007 on) is YYMM.NNNN until
// December 2014 and YYMM.NNNNN from January 2015, with an optional
// version vN; old style (1991 to March 2007) is archive[.SC]/YYMMNNN.
// Both are checked against those date rules (ream::ids::arxiv_key), and
// new-style ids after the current month are refused too.
//
// Numbers that only look like ids are the real difficulty.  The rules:
//  - an id may not continue a token: no letter, digit, '.', '_', '-' or
//    '/' right before it ("tast.2010.09132", "hep-ph/1203.12345");
//  - nor be continued: no letter or digit right after it, and for new
//    style no ".digit" either ("Pspin=1008.3408s", "2448446.4710(5)");
//  - old-style archives must be real arXiv archive names, so report
//    codes ("CERN-TH/2001123") are not ids;
//  - numbers inside a DOI or inside a URL other than arxiv.org belong to
//    that DOI or URL.
// An id that fails a rule is rejected whole, never shortened to a valid
// prefix: "1210.12345" is not "1210.1234".
#include "arxiv_scanner.hh"

#include <re2/re2.h>

#include <algorithm>
#include <ctime>
#include <optional>
#include <string>

#include <ream/identifiers.hpp>

#include "pattern_prefilters.hh"
#include "spans.hh"

namespace ream::cite {
namespace {

// Archive names of old-style ids, hyphen optional ("hepph" is a common
// spelling in SPIRES-era references).  Longer names come before their
// prefixes ("math-ph" before "math").
#define ARCHIVES                                                                                           \
  "astro-?ph|cond-?mat|gr-?qc|hep-?ex|hep-?lat|hep-?ph|hep-?th|math-?ph|nucl-?ex|nucl-?th|quant-?ph|nlin|" \
  "physics|math|cs|q-bio|q-alg|alg-geom|dg-ga|funct-an|chao-dyn|solv-int|adap-org|cmp-lg|comp-gas|"        \
  "mtrl-th|patt-sol|supr-con|acc-phys|ao-sci|atom-ph|bayes-an|chem-ph|plasm-ph"

// Archives that still take new submissions, which is where a subject
// class written before a new-style id ("math.RT/1206.5933") comes from.
#define CURRENT_ARCHIVES                                                                                   \
  "astro-?ph|cond-?mat|gr-?qc|hep-?ex|hep-?lat|hep-?ph|hep-?th|math-?ph|nucl-?ex|nucl-?th|quant-?ph|nlin|" \
  "physics|math|cs|q-bio|q-fin|stat|eess|econ"

// "arXiv:", "arXiv " or, as some exports join it, "arXiv." before an id.
#define ARXIV_LABEL R"((?:arxiv[:.]?\s?)?)"

int current_yymm() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  return (utc.tm_year % 100) * 100 + utc.tm_mon + 1;
}

bool ascii_alnum(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }
bool digit(char c) { return c >= '0' && c <= '9'; }

bool continues_before(std::string_view text, size_t begin) {
  if (begin == 0) return false;
  char c = text[begin - 1];
  return ascii_alnum(c) || c == '.' || c == '_' || c == '-' || c == '/';
}

bool continues_after(std::string_view text, size_t end, bool new_style) {
  if (end >= text.size()) return false;
  char c = text[end];
  if (ascii_alnum(c) || c == '_') return true;
  return new_style && c == '.' && end + 1 < text.size() && digit(text[end + 1]);
}

// "hepph" -> "hep-ph": the archive names that have a hyphen.
std::string canonical_archive(std::string archive) {
  for (char& c : archive) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const RE2 split(R"(^(astro|cond|gr|hep|math|nucl|quant)-?(ph|mat|qc|ex|lat|th)$)");
  std::string head, tail;
  if (RE2::FullMatch(archive, split, &head, &tail)) return head + "-" + tail;
  return archive;
}

void add(std::vector<Reference>& out, const std::string& key, size_t begin, size_t end) {
  out.push_back({Kind::arxiv, key, "https://arxiv.org/abs/" + key, begin, end});
}

void scan_urls_for_ids(const std::vector<Reference>& taken, int latest, std::vector<Reference>& out) {
  static const RE2 page(
      R"((?i)^(?:(?:https?|ftp)://)?(?:[a-z0-9-]+\.)*arxiv\.org/(?:abs|pdf|ps|format|html)/([^?#]+?)(?:\.pdf)?/?(?:[?#].*)?$)");
  for (const auto& u : taken) {
    re2::StringPiece inner;
    if (u.kind != Kind::url || !RE2::FullMatch(u.id, page, &inner)) continue;
    std::string key = arxiv_id_key(std::string_view(inner.data(), inner.size()), latest);
    if (key.empty()) continue;
    size_t begin = u.begin + (inner.data() - u.id.data());
    add(out, key, begin, begin + inner.size());
  }
}

// A subject class may stand before either kind of id, as "archive.SC/"
// with or without a space after the dot ("math.RT/1206.5933", "math.
// RT/1206.5933", "cs.DB/9901123"); it is part of the reference's span but
// not of the key, since arXiv files math.RT/1206.5933 as 1206.5933.
void scan_bare_ids(std::string_view text, const Spans& taken, int latest, bool new_style, std::vector<Reference>& out) {
  static const RE2 fresh(R"((?i)()" ARXIV_LABEL R"((?:(?:)" CURRENT_ARCHIVES
                         R"()(?:\.\s?[a-z][a-z\-]{1,12})?/)?(\d{4}\.\d{4,5})(?:v\d+)?))");
  static const RE2 old(R"((?i)()" ARXIV_LABEL R"(()" ARCHIVES R"()(?:\.\s?[a-z]{2})?/(\d{7})(?:v\d+)?))");
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece whole, number, archive, serial;
  while (new_style ? RE2::FindAndConsume(&input, fresh, &whole, &number)
                   : RE2::FindAndConsume(&input, old, &whole, &archive, &serial)) {
    size_t begin = whole.data() - text.data();
    size_t end = begin + whole.size();
    if (continues_before(text, begin) || continues_after(text, end, new_style) || taken.overlaps(begin, end)) continue;
    std::string written =
        new_style ? std::string(number.data(), number.size())
                  : std::string(archive.data(), archive.size()) + "/" + std::string(serial.data(), serial.size());
    std::string key = arxiv_id_key(written, latest);
    if (!key.empty()) add(out, key, begin, end);
  }
}

// The key of a plain new-style id ("2312.03884", "2312.03884v2": every
// arxiv field of a generated corpus and most ids in text) by ids::arxiv_key's
// rules, without its regular expressions (3,800 instructions an id, 3% of
// cite's time at 20,000 records): "" when it is not a valid id, nullopt
// when `s` is not of that plain form and the general path must decide.
std::optional<std::string> plain_new_style_key(std::string_view s) {
  if (s.size() < 9 || s[4] != '.') return std::nullopt;
  for (size_t k = 0; k < 4; ++k)
    if (!digit(s[k])) return std::nullopt;
  size_t end = 5;
  while (end < s.size() && digit(s[end])) ++end;
  size_t digits = end - 5;
  if (digits < 4 || digits > 5) return std::nullopt;
  if (end < s.size()) {  // a version: "v" and digits
    if (s[end] != 'v' || end + 1 == s.size()) return std::nullopt;
    for (size_t k = end + 1; k < s.size(); ++k)
      if (!digit(s[k])) return std::nullopt;
  }
  int month = (s[2] - '0') * 10 + (s[3] - '0');
  int yymm = ((s[0] - '0') * 10 + (s[1] - '0')) * 100 + month;
  bool valid = month >= 1 && month <= 12 && (digits == 4 ? yymm >= 704 && yymm <= 1412 : yymm >= 1501);
  return valid ? std::string(s.substr(0, end)) : std::string();
}

}  // namespace

std::string arxiv_id_key(std::string_view written, int latest_yymm) {
  if (auto plain = plain_new_style_key(written)) {
    if (plain->empty()) return {};
    int yymm = std::stoi(plain->substr(0, 4));
    return yymm > (latest_yymm ? latest_yymm : current_yymm()) ? std::string() : *plain;
  }
  static const RE2 old(R"(^([A-Za-z][A-Za-z\-]*)(?:\.[A-Za-z]{2})?/(\d{7}(?:v\d+)?)$)");
  std::string archive, serial, id(written);
  if (RE2::FullMatch(id, old, &archive, &serial)) id = canonical_archive(archive) + "/" + serial;
  auto key = ids::arxiv_key(id);
  if (!key) return {};
  if (key->find('/') == std::string::npos) {
    int yymm = std::stoi(key->substr(0, 4));
    if (yymm > (latest_yymm ? latest_yymm : current_yymm())) return {};
  }
  return *key;
}

std::vector<Reference> scan_arxiv(std::string_view text, const std::vector<Reference>& taken, int latest_yymm) {
  std::vector<Reference> out;
  scan_urls_for_ids(taken, latest_yymm, out);
  bool fresh = may_hold_new_arxiv_id(text), old = may_hold_old_arxiv_id(text);
  if (!fresh && !old) return out;
  Spans claimed(taken);
  if (fresh) scan_bare_ids(text, claimed, latest_yymm, true, out);
  if (old) scan_bare_ids(text, claimed, latest_yymm, false, out);
  return out;
}

}  // namespace ream::cite
