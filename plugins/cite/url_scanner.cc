// URL scanner: http, https and ftp URLs, plus (by policy) URLs written
// without a scheme.
//
// A URL is found in two steps.  RE2 finds the longest run of characters a
// URL may contain after a scheme (ASCII URL characters, plus letters,
// marks and digits of any script and the zero-width joiners that Indic
// and Arabic words need); Unicode punctuation, symbols and white space end
// it, so "｜http://google.com｜bar" stops at the full-width bar.  Then the
// tail is trimmed (trim.hh) and the authority is validated: a host made
// of well-formed labels or an IP address, an optional port up to 65535.
// A candidate whose host is malformed ("http://-example.com",
// "http://example.com_") is dropped whole rather than cut short, since
// guessing where a malformed URL was meant to end gives a wrong link.
//
// Without a scheme, "node.js", "b.c.c." and "README.md" look like
// domains.  Bare domains are therefore only taken with a "www." prefix or
// a generic top-level domain written in lower case (see the policy in
// docs/cite-policy.md); a dotted quad needs a port or a path, since
// "4.4.4.4" is as often a section number as an address.
#include "url_scanner.hh"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "pattern_prefilters.hh"
#include "spans.hh"
#include "trim.hh"

namespace ream::cite {
namespace {

// Characters a URL may contain after its scheme.  '<', '>', '|', '\\',
// '^' and '`' end a URL in text.  Braces are not URL characters in RFC
// 3986 either, but servers accept them unescaped and people paste them
// ("/{id}/..."), and an unbalanced closing brace (a wiki template's "}}")
// is trimmed like a bracket.  Of Unicode symbols only "other symbols"
// (\p{So}: "☃", emoji) are IRI characters here (RFC 3987 ucschar); math
// symbols such as the full-width bar stay separators.
#define URL_CHAR R"((?:[A-Za-z0-9\-._~:/?#\[\]{}@!$&'()*+,;="%]|[\p{L}\p{M}\p{N}\p{So}\x{200C}\x{200D}]))"
#define LABEL_CHAR R"([\p{L}\p{M}\p{N}\p{So}])"
#define LABEL "(?:" LABEL_CHAR "(?:(?:" LABEL_CHAR "|-)*" LABEL_CHAR ")?)"

constexpr std::string_view kSentencePunctuation = ".,;:!?*";

// The generic top-level domains that predate the 2012 expansion, plus io
// and ai, which code and model hosting made generic in practice.
constexpr std::array<std::string_view, 24> kGenericTlds = {
    "aero", "ai",  "asia", "biz",    "cat",  "com", "coop", "edu",  "gov", "info", "int",    "io",
    "jobs", "mil", "mobi", "museum", "name", "net", "org",  "post", "pro", "tel",  "travel", "xxx"};

bool ascii_alnum(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

bool valid_port(std::string_view digits) {
  if (digits.empty() || digits.size() > 5) return false;
  int port = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return false;
    port = port * 10 + (c - '0');
  }
  return port <= 65535;
}

bool valid_ipv4(std::string_view host) {
  static const RE2 quad(R"((\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3}))");
  int a, b, c, d;
  if (!RE2::FullMatch(host, quad, &a, &b, &c, &d)) return false;
  return a <= 255 && b <= 255 && c <= 255 && d <= 255;
}

// Splits "user:pw@host:port" and checks host and port.
bool valid_authority(std::string_view authority) {
  if (auto at = authority.rfind('@'); at != std::string_view::npos) authority.remove_prefix(at + 1);
  std::string_view host = authority;
  if (!host.empty() && host.front() == '[') {
    auto close = host.find(']');
    if (close == std::string_view::npos) return false;
    std::string_view rest = host.substr(close + 1);
    if (!rest.empty() && (rest.front() != ':' || !valid_port(rest.substr(1)))) return false;
    return valid_host(host.substr(0, close + 1));
  }
  if (auto colon = host.rfind(':'); colon != std::string_view::npos) {
    if (!valid_port(host.substr(colon + 1))) return false;
    host = host.substr(0, colon);
  }
  return valid_host(host);
}

std::string_view authority_of(std::string_view after_scheme) {
  return after_scheme.substr(0, after_scheme.find_first_of("/?#"));
}

bool scheme_at(std::string_view s, size_t i) {
  auto starts = [&](std::string_view scheme) {
    if (s.size() - i < scheme.size()) return false;
    for (size_t k = 0; k < scheme.size(); ++k)
      if (std::tolower(static_cast<unsigned char>(s[i + k])) != scheme[k]) return false;
    return true;
  };
  return starts("http://") || starts("https://") || starts("ftp://");
}

// Braces are a URL's only when they pair up inside it ("/{id}/list").
// A closing brace with no opening one ends the URL (LaTeX's
// "\href{URL}{text}", a wiki template's "}}"), and so does an opening
// brace right before another URL ("URL{URL}").
std::string_view within_braces(std::string_view tail) {
  int depth = 0;
  for (size_t i = 0; i < tail.size(); ++i) {
    if (tail[i] == '{') {
      if (scheme_at(tail, i + 1)) return tail.substr(0, i);
      ++depth;
    } else if (tail[i] == '}' && --depth < 0) {
      return tail.substr(0, i);
    }
  }
  return tail;
}

// Symbols at the very end are the sentence's (an emoji after a link),
// not the URL's; so are the punctuation marks they uncover.
std::string_view without_trailing_symbols(std::string_view tail) {
  static const RE2 symbols(R"((?s)^(.*?)\p{So}+$)");
  re2::StringPiece kept;
  while (!tail.empty() && static_cast<unsigned char>(tail.back()) >= 0x80 && RE2::FullMatch(tail, symbols, &kept)) {
    tail = std::string_view(kept.data(), kept.size());
    tail = tail.substr(0, trimmed_length(tail, kSentencePunctuation));
  }
  return tail;
}

// `claimed` gets every candidate's span, kept or not: the text of a
// rejected "http://exa'mple.com" is not then read as the bare "mple.com".
void scan_scheme_urls(std::string_view text, std::vector<Reference>& out, Spans& claimed) {
  static const RE2 url("(?i)((?:https?|ftp)://)(" URL_CHAR "+)");
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece scheme, rest;
  while (RE2::FindAndConsume(&input, url, &scheme, &rest)) {
    size_t begin = scheme.data() - text.data();
    if (begin > 0 && ascii_alnum(text[begin - 1])) continue;
    std::string_view tail = within_braces(std::string_view(rest.data(), rest.size()));
    if (tail.size() < rest.size()) {  // scanning resumes at the brace: another URL may follow it
      const char* resume = tail.data() + tail.size();
      input = re2::StringPiece(resume, static_cast<size_t>(text.data() + text.size() - resume));
    }
    tail = without_trailing_symbols(tail.substr(0, trimmed_length(tail, kSentencePunctuation)));
    size_t end = begin + scheme.size() + tail.size();
    claimed.add(begin, end);
    if (!valid_authority(authority_of(tail))) continue;
    std::string id(text.substr(begin, end - begin));
    out.push_back({Kind::url, id, id, begin, end});
  }
}

bool domain_char_before(std::string_view text, size_t begin) {
  if (begin == 0) return false;
  char c = text[begin - 1];
  return ascii_alnum(c) || c == '.' || c == '@' || c == '/' || c == ':' || c == '_' || c == '-' ||
         static_cast<unsigned char>(c) >= 0x80;
}

bool domain_char_after(std::string_view text, size_t end) {
  if (end >= text.size()) return false;
  char c = text[end];
  return ascii_alnum(c) || c == '_' || c == '-' || c == '@' || static_cast<unsigned char>(c) >= 0x80;
}

// Bibliographic databases, preprint servers and identifier registries.
// Written without a scheme or a path ("posted to arXiv.org", RIS "DP
// arXiv.org") such a name is the service's name, not a link to a work:
// a reader of a reference list does not follow it.  With a scheme
// ("http://arxiv.org") the author wrote a link, and it is one.
constexpr std::array<std::string_view, 22> kDatabaseSites = {
    "arxiv.org",         "biorxiv.org",      "core.ac.uk",         "crossref.org",        "dblp.org",
    "dblp.uni-trier.de", "doi.org",          "europepmc.org",      "inspirehep.net",      "jstor.org",
    "medrxiv.org",       "mendeley.com",     "ncbi.nlm.nih.gov",   "openalex.org",        "orcid.org",
    "pubmed.gov",        "researchgate.net", "scholar.google.com", "semanticscholar.org", "ssrn.com",
    "zenodo.org",        "zotero.org"};

bool database_site(std::string_view host) {
  std::string name(host.substr(host.substr(0, 4) == "www." || host.substr(0, 4) == "WWW." ? 4 : 0));
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::find(kDatabaseSites.begin(), kDatabaseSites.end(), name) != kDatabaseSites.end();
}

bool accepted_bare_domain(std::string_view domain, Schemeless policy) {
  if (domain.substr(0, 4) == "www.") return true;
  if (policy != Schemeless::gtld) return false;
  std::string_view tld = domain.substr(domain.rfind('.') + 1);
  return std::find(kGenericTlds.begin(), kGenericTlds.end(), tld) != kGenericTlds.end();
}

void scan_bare_urls(std::string_view text, Schemeless policy, const Spans& claimed, std::vector<Reference>& out) {
  static const RE2 bare("((?:" LABEL R"(\.)+[a-z]{2,24})(?::(\d+))?((?:[/?#]))" URL_CHAR "*)?");
  static const RE2 quad(R"(((?:\d{1,3}\.){3}\d{1,3})(?::(\d+))?((?:[/?#]))" URL_CHAR "*)?");
  for (const RE2* re : {&bare, &quad}) {
    if (re == &bare ? !may_hold_bare_domain(text, claimed) : !may_hold_dotted_quad(text)) continue;
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece host, port, path;
    while (RE2::FindAndConsume(&input, *re, &host, &port, &path)) {
      size_t begin = host.data() - text.data();
      size_t host_end = begin + host.size();
      size_t after_port = port.empty() ? host_end : port.data() + port.size() - text.data();
      if (domain_char_before(text, begin) || domain_char_after(text, after_port)) continue;
      std::string_view name(host.data(), host.size());
      bool is_quad = re == &quad;
      if (is_quad ? (!valid_ipv4(name) || (port.empty() && path.empty())) : !accepted_bare_domain(name, policy))
        continue;
      if (!port.empty() && !valid_port(std::string_view(port.data(), port.size()))) continue;
      std::string_view whole =
          text.substr(begin, after_port - begin + within_braces({path.data(), path.size()}).size());
      whole = whole.substr(0, trimmed_length(whole, kSentencePunctuation));
      size_t end = begin + whole.size();
      if (end - after_port <= 1 && database_site(name)) continue;  // no path beyond "/"
      if (claimed.overlaps(begin, end)) continue;
      out.push_back({Kind::url, std::string(whole), "http://" + std::string(whole), begin, end});
    }
  }
}

}  // namespace

bool valid_host(std::string_view host) {
  static const RE2 domain("(?:" LABEL R"(\.)*)" LABEL);
  static const RE2 ipv6(R"(\[[0-9A-Fa-f:.]+\])");
  if (host.empty()) return false;
  if (host.front() == '[') return RE2::FullMatch(host, ipv6);
  return valid_ipv4(host) || RE2::FullMatch(host, domain);
}

std::vector<Reference> scan_urls(std::string_view text, Schemeless policy) {
  std::vector<Reference> out;
  Spans claimed;
  if (text.find("://") != std::string_view::npos) scan_scheme_urls(text, out, claimed);
  if (policy != Schemeless::none && text.find('.') != std::string_view::npos)
    scan_bare_urls(text, policy, claimed, out);
  std::sort(out.begin(), out.end(), [](const Reference& a, const Reference& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace ream::cite
