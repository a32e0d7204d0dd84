// Markdown escaping by position.
//
// CommonMark lets any ASCII punctuation be backslash-escaped, so the safe
// choice is always available; we escape only the characters that can start
// or end a construct, so that the Markdown source stays readable:
//   - always: \ ` * _ [ ] < > # ~ | $  (emphasis, links, raw HTML and
//     autolinks, headings, code, GFM strikethrough and tables, GitHub math)
//   - `&` before a letter, digit or `#` (an entity reference otherwise)
//   - `:` before `//` and `.` after `www` (GFM extended autolinks, which
//     are recognised while parsing and so are stopped by an escape)
//   - at the start of the text, list, heading-underline and thematic-break
//     markers (`-`, `+`, `=`, `1.`, `1)`), since a folded field may open a
//     line in a template.
// Everything is done byte by byte: every byte this code looks at is ASCII,
// and UTF-8 continuation bytes are never ASCII, so multi-byte characters
// (emoji, right-to-left text) pass through untouched.
#include "markdown_escape.hh"

#include <array>
#include <cctype>

namespace ream::markdown {
namespace {

bool is_alnum(unsigned char c) { return std::isalnum(c) != 0 && c < 0x80; }

// Length of the control or line-separator character at s[i] (0 if none):
// C0, DEL, C1 (U+0080–U+009F, two bytes) and U+2028/U+2029 (three bytes).
size_t control_length(std::string_view s, size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x20 || c == 0x7f) return 1;
  if (c == 0xc2 && i + 1 < s.size()) {
    auto d = static_cast<unsigned char>(s[i + 1]);
    if (d >= 0x80 && d <= 0x9f) return 2;
  }
  if (c == 0xe2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
    auto d = static_cast<unsigned char>(s[i + 2]);
    if (d == 0xa8 || d == 0xa9) return 3;
  }
  return 0;
}

bool always_escaped(char c) {
  switch (c) {
    case '\\':
    case '`':
    case '*':
    case '_':
    case '[':
    case ']':
    case '<':
    case '>':
    case '#':
    case '~':
    case '|':
    case '$':
      return true;
    default:
      return false;
  }
}

// Length of a leading ordered-list marker's digits ("12" in "12. x"), or 0.
size_t ordered_marker_digits(std::string_view s) {
  size_t n = 0;
  while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
  if (n == 0 || n >= s.size() || (s[n] != '.' && s[n] != ')')) return 0;
  return n;
}

bool follows_www(std::string_view s, size_t dot) {
  if (dot < 3) return false;
  for (size_t k = dot - 3; k < dot; ++k)
    if (std::tolower(static_cast<unsigned char>(s[k])) != 'w') return false;
  return true;
}

bool needs_escape(std::string_view s, size_t i) {
  char c = s[i];
  if (always_escaped(c)) return true;
  char next = i + 1 < s.size() ? s[i + 1] : '\0';
  switch (c) {
    case '&':
      return is_alnum(static_cast<unsigned char>(next)) || next == '#';
    case '!':
      return next == '[';
    case ':':
      return s.substr(i + 1, 2) == "//";
    case '.':
      return follows_www(s, i);
    default:
      return false;
  }
}

// URL text as a browser reads it: tabs and line breaks removed, leading and
// trailing controls and spaces trimmed.
std::string browser_url(std::string_view url) {
  std::string out;
  out.reserve(url.size());
  for (char c : url)
    if (c != '\t' && c != '\n' && c != '\r') out += c;
  size_t b = 0, e = out.size();
  while (b < e && static_cast<unsigned char>(out[b]) <= 0x20) ++b;
  while (e > b && static_cast<unsigned char>(out[e - 1]) <= 0x20) --e;
  return out.substr(b, e - b);
}

void append_percent(std::string& out, unsigned char c) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out += '%';
  out += kHex[c >> 4];
  out += kHex[c & 15];
}

// Bytes that fold_text passes through whatever surrounds them: not a
// space, not C0 or DEL, and not the lead byte of a C1 control or of
// U+2028/U+2029 (0xc2, 0xe2; those are looked at one by one).
constexpr bool plain_byte(unsigned char c) { return c > 0x20 && c != 0x7f && c != 0xc2 && c != 0xe2; }

// Bytes by what fold_text may do with them: 0 keeps (whatever surrounds
// it), 1 is a space (kept unless doubled or at an end), 2 needs a look
// (C0, DEL, and the lead bytes of C1 controls and U+2028/U+2029).
constexpr std::array<unsigned char, 256> kFoldClass = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = plain_byte(static_cast<unsigned char>(c)) ? 0 : c == ' ' ? 1 : 2;
  return t;
}();

// Whether fold_text(s) == s, without building it: no control or line
// separator, no space at either end, no two spaces in a row.  Most record
// text is, so this runs over every abstract; hence one branch-free pass
// that only says whether a space was doubled or a byte needs a look, and
// the exact test only for text with such a byte (non-Latin text, say).
bool is_folded(std::string_view s) {
  if (s.empty()) return true;
  if (s.front() == ' ' || s.back() == ' ') return false;
  unsigned seen = 0, previous = 0;
  for (char ch : s) {
    unsigned k = kFoldClass[static_cast<unsigned char>(ch)];
    seen |= (k & previous) | (k & 2);
    previous = k;
  }
  if (seen == 0) return true;
  if ((seen & 2) == 0) return false;  // a doubled space
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (plain_byte(c)) continue;
    if (c == ' ' ? s[i + 1] == ' ' : control_length(s, i) != 0) return false;
  }
  return true;
}

// A byte the escaper may have to put a backslash before (needs_escape
// decides from its neighbours); all other bytes are copied in runs.
constexpr std::array<bool, 256> kMaybeEscaped = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : std::string_view("\\`*_[]<>#~|$&!:.")) t[c] = true;
  return t;
}();

}  // namespace

// This runs on every piece of text a template shows, abstracts included:
// text that is folded already (most) is copied whole, and otherwise runs
// of plain bytes are.
std::string fold_text(std::string_view s) {
  if (is_folded(s)) return std::string(s);
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (size_t i = 0; i < s.size();) {
    size_t run = i;
    while (run < s.size() && plain_byte(static_cast<unsigned char>(s[run]))) ++run;
    size_t control = run == i ? control_length(s, i) : 0;
    if (run == i && (control || s[i] == ' ')) {
      pending_space = !out.empty();
      i += control ? control : 1;
      continue;
    }
    if (run == i) ++run;  // 0xc2 or 0xe2 starting an ordinary character
    if (pending_space) out += ' ';
    pending_space = false;
    out.append(s.substr(i, run - i));
    i = run;
  }
  return out;
}

std::string inline_text(std::string_view raw) {
  std::string folded;
  std::string_view s = raw;
  if (!is_folded(raw)) s = folded = fold_text(raw);
  std::string out;
  out.reserve(s.size() + s.size() / 8 + 2);
  size_t start = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+' || s[0] == '=')) {
    out += '\\';
    out += s[0];
    start = 1;
  } else if (size_t digits = ordered_marker_digits(s)) {
    out.append(s.substr(0, digits));
    out += '\\';
    out += s[digits];
    start = digits + 1;
  }
  for (size_t i = start; i < s.size();) {
    size_t run = i;
    while (run < s.size() && !kMaybeEscaped[static_cast<unsigned char>(s[run])]) ++run;
    out.append(s.substr(i, run - i));
    if (run == s.size()) break;
    if (needs_escape(s, run)) out += '\\';
    out += s[run];
    i = run + 1;
  }
  return out;
}

std::string code_span(std::string_view raw) {
  std::string s = fold_text(raw);
  if (s.empty()) return {};
  size_t longest = 0, run = 0;
  for (char c : s) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  std::string fence(longest + 1, '`');
  bool pad = s.front() == '`' || s.back() == '`';
  std::string out = fence;
  if (pad) out += ' ';
  out += s;
  if (pad) out += ' ';
  out += fence;
  return out;
}

bool safe_url(std::string_view raw) {
  std::string url = browser_url(raw);
  if (url.empty()) return false;
  size_t i = 0;
  if (!std::isalpha(static_cast<unsigned char>(url[0]))) return true;  // relative: no scheme
  while (i < url.size() &&
         (is_alnum(static_cast<unsigned char>(url[i])) || url[i] == '+' || url[i] == '-' || url[i] == '.'))
    ++i;
  if (i == url.size() || url[i] != ':') return true;  // relative: a path that only starts with letters
  std::string scheme;
  for (size_t k = 0; k < i; ++k) scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(url[k])));
  return scheme == "http" || scheme == "https" || scheme == "ftp" || scheme == "mailto";
}

std::string link_destination(std::string_view raw) {
  if (!safe_url(raw)) return {};
  std::string url = browser_url(raw);
  std::string out = "<";
  for (char ch : url) {
    auto c = static_cast<unsigned char>(ch);
    if (c <= 0x20 || c == 0x7f || c == '<' || c == '>') {
      append_percent(out, c);
    } else if (c == '&') {
      out += "&amp;";  // cmark decodes entities even after a backslash
    } else if (c == '\\' || c == '|') {
      out += '\\';
      out += ch;
    } else {
      out += ch;
    }
  }
  out += '>';
  return out;
}

std::string text_link(std::string_view text, std::string_view url) {
  std::string label = inline_text(text);
  std::string dest = link_destination(url);
  if (dest.empty()) return label;
  if (label.empty()) label = inline_text(browser_url(url));
  return "[" + label + "](" + dest + ")";
}

std::string anchor_link(std::string_view text, std::string_view anchor) {
  return "[" + inline_text(text) + "](#" + std::string(anchor) + ")";
}

std::string percent_encode_path(std::string_view s) {
  static constexpr std::string_view kKept = "-._~!$'()*+,;=:@/";
  std::string out;
  out.reserve(s.size());
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (is_alnum(c) || kKept.find(ch) != std::string_view::npos)
      out += ch;
    else
      append_percent(out, c);
  }
  return out;
}

}  // namespace ream::markdown
