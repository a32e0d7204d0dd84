// DOI scanner.
//
// A DOI is "10." + a registrant code of 4 to 9 digits + "/" + a suffix
// that may contain almost anything: brackets (10.1016/0304-3975(94)
// 00281-M), SICI angle brackets and semicolons (10.1175/1520-0469(1996)
// 053<0946:ASTFHH>2.0.CO;2), slashes.  So the suffix runs until white
// space, a double quote, '|' (wiki template separators), braces, or any
// Unicode punctuation other than the hyphens U+2010/U+2011 that word
// processors put into DOIs; then the tail is trimmed like a URL's
// (trim.hh), which also drops the "-->" of an HTML comment.  The "10."
// must not continue a number or a word ("110.1000/x", "v10.1000/x").
//
// Inside a URL the URL's own syntax decides: the DOI ends at '?' or '#'
// in the path, or at '&' or '#' in a query, and percent escapes are
// decoded.  bioRxiv and medRxiv DOIs (10.1101/NNNNNN, 10.1101/YYYY.MM.
// DD.NNNNNN) have a fixed shape, so a version ("v3") or page name
// (".full") after them in a URL is not part of the DOI.
#include "doi_scanner.hh"

#include <re2/re2.h>

#include <algorithm>

#include <ream/identifiers.hpp>

#include "trim.hh"

namespace ream::cite {
namespace {

#define DOI_CHAR R"((?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%<>]|[\p{L}\p{M}\p{N}\x{2010}\x{2011}]))"

constexpr std::string_view kSentencePunctuation = ".,;:!?*-";

bool continues_token(std::string_view text, size_t begin) {
  if (begin == 0) return false;
  char c = text[begin - 1];
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '.' || c == '_';
}

// Word processors turn hyphens into U+2010 or U+2011; a DOI key has '-'.
std::string ascii_hyphens(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (i + 2 < s.size() && s.substr(i, 2) == "\xE2\x80" && (s[i + 2] == '\x90' || s[i + 2] == '\x91')) {
      out += '-';
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

const Reference* enclosing_url(const std::vector<Reference>& urls, size_t pos) {
  for (const auto& u : urls)
    if (u.begin <= pos && pos < u.end) return &u;
  return nullptr;
}

bool resolver_url(std::string_view url) {
  static const RE2 resolver(R"((?i)^(?:https?://)?(?:www\.|dx\.)?doi\.org/)");
  return RE2::PartialMatch(url, resolver);
}

// Where a DOI starting at `begin` inside URL `url` must end, given that
// its own syntax would end it at `end`.  In a doi.org URL the path is the
// DOI, which may hold characters a URL may not ('<', '>'); elsewhere the
// DOI is one part of the URL.
size_t end_inside_url(std::string_view text, const Reference& url, size_t begin, size_t end) {
  std::string_view before = text.substr(url.begin, begin - url.begin);
  bool in_query = before.find('?') != std::string_view::npos;
  if (!resolver_url(url.id)) end = std::min(end, url.end);
  std::string_view rest = text.substr(begin, end - begin);
  size_t stop = rest.find_first_of(in_query ? "&#" : "?#");
  return begin + (stop == std::string_view::npos ? rest.size() : stop);
}

std::string biorxiv_key(std::string key) {
  static const RE2 shape(R"(^(10\.1101/(?:\d{4}\.\d{2}\.\d{2}\.)?\d{6,8})(?:v\d+)?(?:[./].*)?$)");
  std::string core;
  if (RE2::FullMatch(key, shape, &core)) return core;
  return key;
}

void add_doi(std::string_view text, size_t begin, size_t end, std::vector<Reference>& out) {
  auto key = ids::doi_key(ascii_hyphens(text.substr(begin, end - begin)));
  if (!key) return;
  std::string id = biorxiv_key(*key);
  out.push_back({Kind::doi, id, doi_url(id), begin, end});
  if (auto arxiv = ids::arxiv_from_doi(id))
    out.push_back({Kind::arxiv, *arxiv, "https://arxiv.org/abs/" + *arxiv, begin, end});
}

void scan_full_dois(std::string_view text, const std::vector<Reference>& urls, std::vector<Reference>& out) {
  static const RE2 doi(R"((10\.\d{4,9}/)" DOI_CHAR "+)");
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  while (RE2::FindAndConsume(&input, doi, &match)) {
    size_t begin = match.data() - text.data();
    if (continues_token(text, begin)) continue;
    size_t end = input.data() - text.data();
    if (const Reference* url = enclosing_url(urls, begin)) end = end_inside_url(text, *url, begin, end);
    std::string_view candidate = text.substr(begin, end - begin);
    end = begin + trimmed_length(candidate, kSentencePunctuation);
    add_doi(text, begin, end, out);
  }
}

// Short DOIs ("10/b6vnmd") are only unambiguous as doi.org paths.
void scan_short_dois(const std::vector<Reference>& urls, std::vector<Reference>& out) {
  static const RE2 resolver(R"((?i)^(?:https?://)?(?:www\.|dx\.)?doi\.org/(10/[a-z0-9]+)(?:[?#].*)?$)");
  for (const auto& u : urls) {
    re2::StringPiece id;
    if (!RE2::FullMatch(u.id, resolver, &id)) continue;
    size_t begin = u.begin + (id.data() - u.id.data());
    std::string key(id.data(), id.size());
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.push_back({Kind::doi, key, doi_url(key), begin, begin + id.size()});
  }
}

}  // namespace

std::string doi_url(std::string_view key) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string url = "https://doi.org/";
  for (unsigned char c : key) {
    bool plain = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
                 std::string_view("-._~/():;@!$&'*+,=").find(static_cast<char>(c)) != std::string_view::npos;
    if (plain) {
      url += static_cast<char>(c);
    } else {
      url += '%';
      url += kHex[c >> 4];
      url += kHex[c & 15];
    }
  }
  return url;
}

std::vector<Reference> scan_dois(std::string_view text, const std::vector<Reference>& urls) {
  std::vector<Reference> out;
  if (text.find("10") == std::string_view::npos) return out;
  if (text.find("10.") != std::string_view::npos) scan_full_dois(text, urls, out);
  if (!urls.empty()) scan_short_dois(urls, out);
  return out;
}

}  // namespace ream::cite
