// DOI scanner.
//
// A DOI is "10." + a registrant code + "/" + a suffix.  The DOI
// Handbook lets a registrant code be subdivided by full stops
// ("10.1000.10/123"); ISBN-A DOIs (10.978.NNN / 10.979.NNN) have a first
// element of three digits, so a three-digit first element is taken only
// when a subdivision follows it, and otherwise the code has 4 to 9 digits.
// The suffix
// that may contain almost anything: brackets (10.1016/0304-3975(94)
// 00281-M), SICI angle brackets and semicolons (10.1175/1520-0469(1996)
// 053<0946:ASTFHH>2.0.CO;2), slashes.  So the suffix runs until white
// space, a double quote, '|' (wiki template separators), braces, or any
// Unicode punctuation other than the hyphens U+2010/U+2011 that word
// processors put into DOIs; then the tail is trimmed like a URL's
// (trim.hh), which also drops the "-->" of an HTML comment.  The "10."
// must not continue a number or a word ("110.1000/x", "v10.1000/x").
//
// Markup glued to a DOI ends it, since a suffix is not markup: a closing
// tag ("...9365</ref>", also escaped as "&lt;/"), a self-closing tag
// ("<br/>"), or an opening tag of an HTML, MediaWiki or JATS element
// ("<i>", "<sup>", "<ref name=x>").  Other angle brackets stay, because
// SICI DOIs hold "<0946:ASTFHH>" and a DOI may hold "<bar>".
//
// Inside a URL the URL's own syntax decides: the DOI ends at '?' or '#'
// in the path, or at '&' or '#' in a query, and percent escapes are
// decoded.  A DOI whose slash or dot is itself percent-encoded inside a
// URL ("doi.org/10.1097%2F01.ju...") is found in the URL's decoded text.
// bioRxiv and medRxiv DOIs (10.1101/NNNNNN, 10.1101/YYYY.MM.
// DD.NNNNNN) have a fixed shape, so a version ("v3") or page name
// (".full") after them in a URL is not part of the DOI.
#include "doi_scanner.hh"

#include <re2/re2.h>

#include <algorithm>
#include <array>

#include <ream/identifiers.hpp>

#include "spans.hh"
#include "trim.hh"

namespace ream::cite {
namespace {

#define DOI_CHAR R"((?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%<>]|[\p{L}\p{M}\p{N}\x{2010}\x{2011}]))"

#define DOI_PREFIX R"(10\.(?:\d{4,9}(?:\.\d+)*|\d{3}(?:\.\d+)+)/)"

constexpr std::string_view kSentencePunctuation = ".,;:!?*-";

// Elements whose opening tag ends a DOI written right before it: HTML's
// phrasing and block elements, MediaWiki's <ref> and <nowiki>, and the
// JATS elements that wrap a reference's parts.
constexpr std::array<std::string_view, 52> kMarkupElements = {
    "a",      "abbr",    "b",  "bdi", "bdo",    "big", "blockquote", "bold",   "br",    "caption",  "cite",
    "code",   "comment", "dd", "del", "dfn",    "div", "dl",         "dt",     "em",    "ext-link", "font",
    "h1",     "h2",      "h3", "hr",  "i",      "img", "ins",        "italic", "kbd",   "li",       "mark",
    "nowiki", "ol",      "p",  "pre", "pub-id", "q",   "ref",        "s",      "small", "span",     "strong",
    "sub",    "sup",     "td", "tt",  "u",      "ul",  "uri",        "wbr"};

bool ascii_letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// Does the tag at `lt` (a '<', or the '&' of "&lt;") start markup?
bool markup_at(std::string_view s, size_t lt) {
  size_t i = lt + (s[lt] == '&' ? 4 : 1);
  if (i < s.size() && s[i] == '/') return i + 1 < s.size() && ascii_letter(s[i + 1]);  // closing tag
  size_t name_end = i;
  while (name_end < s.size() && (ascii_letter(s[name_end]) || s[name_end] == '-' ||
                                 (name_end > i && s[name_end] >= '0' && s[name_end] <= '9')))
    ++name_end;
  if (name_end == i) return false;
  std::string name(s.substr(i, name_end - i));
  for (char& c : name) c = static_cast<char>(c | 0x20);
  std::string_view rest = s.substr(name_end);
  if (rest.substr(0, 2) == "/>") return true;  // self-closing
  bool closes = rest.empty() || rest.front() == '>' || rest.front() == ' ' || rest.substr(0, 4) == "&gt;";
  return closes && std::find(kMarkupElements.begin(), kMarkupElements.end(), name) != kMarkupElements.end();
}

// Where markup starts in a DOI candidate, or its length when none does.
size_t before_markup(std::string_view candidate) {
  for (size_t i = 0; i < candidate.size(); ++i) {
    bool lt = candidate[i] == '<' || candidate.substr(i, 4) == "&lt;";
    if (lt && markup_at(candidate, i)) return i;
  }
  return candidate.size();
}

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

// `urls` are sorted and do not overlap (scan_urls), so a binary search.
const Reference* enclosing_url(const std::vector<Reference>& urls, size_t pos) {
  auto it = std::partition_point(urls.begin(), urls.end(), [&](const Reference& u) { return u.end <= pos; });
  return it != urls.end() && it->begin <= pos ? &*it : nullptr;
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
  static const RE2 doi("(" DOI_PREFIX ")" DOI_CHAR "+");
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  while (RE2::FindAndConsume(&input, doi, &match)) {
    size_t begin = match.data() - text.data();
    if (continues_token(text, begin)) continue;
    size_t end = input.data() - text.data();
    if (const Reference* url = enclosing_url(urls, begin)) end = end_inside_url(text, *url, begin, end);
    std::string_view candidate = text.substr(begin, end - begin);
    candidate = candidate.substr(0, before_markup(candidate));
    end = begin + trimmed_length(candidate, kSentencePunctuation);
    add_doi(text, begin, end, out);
  }
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (c | 0x20) - 'a' + 10;
  return -1;
}

// `s` with its percent escapes decoded, and for each decoded byte the
// offset in `s` it came from (plus one entry for the end).
std::string percent_decoded(std::string_view s, std::vector<size_t>& origin) {
  std::string out;
  origin.clear();
  for (size_t i = 0; i < s.size(); ++i) {
    origin.push_back(i);
    if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  origin.push_back(s.size());
  return out;
}

// DOIs whose "10." or "/" is percent-encoded in a URL: the prefix is
// found in the decoded URL, and the DOI then ends where the URL's syntax
// ends it, as for a DOI written plainly.  `out` holds the DOIs found
// written plainly.
void scan_encoded_dois(std::string_view text, const std::vector<Reference>& urls, std::vector<Reference>& out) {
  static const RE2 prefix("(" DOI_PREFIX ")");
  Spans plain(out);
  size_t encoded_end = 0;  // URLs come in order, so the encoded DOIs do too
  std::vector<size_t> origin;
  for (const Reference& url : urls) {
    std::string_view written = text.substr(url.begin, url.end - url.begin);
    if (written.find('%') == std::string_view::npos) continue;
    std::string decoded = percent_decoded(written, origin);
    re2::StringPiece input(decoded), match;
    while (RE2::FindAndConsume(&input, prefix, &match)) {
      size_t at = match.data() - decoded.data();
      if (continues_token(decoded, at)) continue;
      size_t begin = url.begin + origin[at];
      if (begin < encoded_end || plain.contains(begin)) continue;
      size_t end = end_inside_url(text, url, begin, url.end);
      end = begin + trimmed_length(text.substr(begin, end - begin), kSentencePunctuation);
      add_doi(text, begin, end, out);
      encoded_end = std::max(encoded_end, end);
    }
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
  if (!urls.empty()) scan_encoded_dois(text, urls, out);
  if (!urls.empty()) scan_short_dois(urls, out);
  return out;
}

}  // namespace ream::cite
