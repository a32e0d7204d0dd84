// Record text as BibTeX field values (see tex_text.hh).
//
// One pass over the code points.  In UTF-8 mode only ASCII bytes are
// looked at; everything else is copied as it is.  In ASCII mode the text
// is first decomposed (NFD) once, so an accented letter arrives as a base
// letter and its combining marks, and fifteen accents plus a short table
// of letters and punctuation cover what European names and titles hold.
#include "tex_text.hh"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <utility>

namespace ream::exporting {
namespace {

// Combining mark -> TeX accent command (without the backslash).
std::string_view accent_for(char32_t mark) {
  static constexpr std::array<std::pair<char32_t, std::string_view>, 15> kAccents = {{
      {0x0300, "`"},
      {0x0301, "'"},
      {0x0302, "^"},
      {0x0303, "~"},
      {0x0304, "="},
      {0x0306, "u"},
      {0x0307, "."},
      {0x0308, "\""},
      {0x030A, "r"},
      {0x030B, "H"},
      {0x030C, "v"},
      {0x0323, "d"},
      {0x0327, "c"},
      {0x0328, "k"},
      {0x0331, "b"},
  }};
  for (const auto& [cp, cmd] : kAccents)
    if (cp == mark) return cmd;
  return {};
}

// Characters with a TeX spelling of their own (letters ASCII lacks,
// typographic punctuation, Greek), as BibTeX readers decode them back.
std::string_view spelling_for(char32_t c) {
  static constexpr std::array<std::pair<char32_t, std::string_view>, 85> kSpellings = {{
      {U'ß', "{\\ss}"},
      {U'ø', "{\\o}"},
      {U'Ø', "{\\O}"},
      {U'ł', "{\\l}"},
      {U'Ł', "{\\L}"},
      {U'æ', "{\\ae}"},
      {U'Æ', "{\\AE}"},
      {U'œ', "{\\oe}"},
      {U'Œ', "{\\OE}"},
      {U'ı', "{\\i}"},
      {U'ȷ', "{\\j}"},
      {U'ð', "{\\dh}"},
      {U'Ð', "{\\DH}"},
      {U'þ', "{\\th}"},
      {U'Þ', "{\\TH}"},
      {U'đ', "{\\dj}"},
      {U'Đ', "{\\DJ}"},
      {U'ŋ', "{\\ng}"},
      {U'Ŋ', "{\\NG}"},
      {U'–', "--"},
      {U'—', "---"},
      {U'‘', "`"},
      {U'’', "'"},
      {U'“', "``"},
      {U'”', "''"},
      {U'…', "\\ldots{}"},
      {0x00A0, "~"},
      {0x2009, "\\,"},
      {U'«', "\\guillemotleft{}"},
      {U'»', "\\guillemotright{}"},
      {U'¡', "\\textexclamdown{}"},
      {U'¿', "\\textquestiondown{}"},
      {U'©', "\\textcopyright{}"},
      {U'®', "\\textregistered{}"},
      {U'™', "\\texttrademark{}"},
      {U'°', "\\textdegree{}"},
      {U'€', "\\texteuro{}"},
      {U'£', "\\pounds{}"},
      {U'§', "\\S{}"},
      {U'¶', "\\P{}"},
      {U'†', "\\dag{}"},
      {U'‡', "\\ddag{}"},
      {U'α', "$\\alpha$"},
      {U'β', "$\\beta$"},
      {U'γ', "$\\gamma$"},
      {U'δ', "$\\delta$"},
      {U'ε', "$\\epsilon$"},
      {U'ζ', "$\\zeta$"},
      {U'η', "$\\eta$"},
      {U'θ', "$\\theta$"},
      {U'ι', "$\\iota$"},
      {U'κ', "$\\kappa$"},
      {U'λ', "$\\lambda$"},
      {U'μ', "$\\mu$"},
      {U'ν', "$\\nu$"},
      {U'ξ', "$\\xi$"},
      {U'π', "$\\pi$"},
      {U'ρ', "$\\rho$"},
      {U'σ', "$\\sigma$"},
      {U'τ', "$\\tau$"},
      {U'υ', "$\\upsilon$"},
      {U'φ', "$\\phi$"},
      {U'χ', "$\\chi$"},
      {U'ψ', "$\\psi$"},
      {U'ω', "$\\omega$"},
      {U'Γ', "$\\Gamma$"},
      {U'Δ', "$\\Delta$"},
      {U'Θ', "$\\Theta$"},
      {U'Λ', "$\\Lambda$"},
      {U'Ξ', "$\\Xi$"},
      {U'Π', "$\\Pi$"},
      {U'Σ', "$\\Sigma$"},
      {U'Υ', "$\\Upsilon$"},
      {U'Φ', "$\\Phi$"},
      {U'Ψ', "$\\Psi$"},
      {U'Ω', "$\\Omega$"},
      {U'µ', "$\\mu$"},
      {U'′', "'"},
      {U'‚', ","},
      {U'„', ",,"},
      {U'‐', "-"},
      {U'‑', "-"},
      {U'−', "-"},
      {U'ϵ', "$\\epsilon$"},
      {U'ϑ', "$\\vartheta$"},
  }};
  for (const auto& [cp, tex] : kSpellings)
    if (cp == c) return tex;
  return {};
}

bool has_non_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

std::string nfd(std::string_view s) {
  // Looked up once, in a static: ICU's lazy set-up is invisible to
  // ThreadSanitizer when several threads get here first at once.
  static const icu::Normalizer2* const norm = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  if (!norm) return std::string(s);
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString decomposed =
      norm->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size()))), status);
  if (U_FAILURE(status)) return std::string(s);
  std::string out;
  decomposed.toUTF8String(out);
  return out;
}

// A capital after the first letter of a word: "DNA", "WonderJourney", "iPhone".
bool needs_protection(std::string_view word) {
  bool seen_letter = false;
  for (int32_t i = 0, n = static_cast<int32_t>(word.size()); i < n;) {
    UChar32 c = 0;
    U8_NEXT(word.data(), i, n, c);
    if (c == '-' || c == '/') seen_letter = false;  // "Energy-Aware" is two title-case words
    if (c < 0 || !u_isalpha(c)) continue;
    if (seen_letter && u_isupper(c)) return true;
    seen_letter = true;
  }
  return false;
}

bool is_mark(UChar32 c) { return u_getCombiningClass(c) > 0 || u_charType(c) == U_NON_SPACING_MARK; }

void append_utf8(std::string& out, char32_t c) {
  char buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(buf, len, 4, c, error);
  if (!error) out.append(buf, static_cast<size_t>(len));
}

}  // namespace

bool braces_pair(std::string_view s) {
  long depth = 0;
  for (char c : s) {
    if (c == '{') ++depth;
    if (c == '}' && --depth < 0) return false;
  }
  return depth == 0;
}

// Appends `piece`, breaking the ligatures -- '' `` that would form across
// the join.
void TexText::put(std::string& out, std::string_view piece) {
  if (piece.empty()) return;
  char first = piece.front();
  if (!out.empty() && out.back() == first && (first == '-' || first == '\'' || first == '`')) out += "{}";
  out += piece;
}

void TexText::special(std::string& out, char c, bool pair) {
  switch (c) {
    case '\\':
      return put(out, "\\textbackslash{}");
    case '{':
      return put(out, pair ? "\\{" : "\\textbraceleft{}");
    case '}':
      return put(out, pair ? "\\}" : "\\textbraceright{}");
    case '&':
      return put(out, "\\&");
    case '%':
      return put(out, "\\%");
    case '$':
      return put(out, "\\$");
    case '#':
      return put(out, "\\#");
    case '_':
      return put(out, "\\_");
    case '~':
      return put(out, "\\textasciitilde{}");
    case '^':
      return put(out, "\\textasciicircum{}");
    default:
      if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return put(out, " ");
      put(out, std::string_view(&c, 1));
  }
}

// A base character and its combining marks in ASCII TeX, or the cluster
// as UTF-8 (counted) when some part has no TeX spelling.
void TexText::ascii_char(std::string& out, std::u32string_view cluster, bool pair) {
  char32_t base = cluster.front();
  std::u32string_view marks = cluster.substr(1);
  std::string tex;
  if (base < 0x80 && marks.empty()) return special(out, static_cast<char>(base), pair);
  if (base == 'i' && !marks.empty())
    tex = "\\i";
  else if (base == 'j' && !marks.empty())
    tex = "\\j";
  else if (base < 0x80 && ((base >= 'a' && base <= 'z') || (base >= 'A' && base <= 'Z')))
    tex = std::string(1, static_cast<char>(base));
  else if (std::string_view spelled = spelling_for(base); !spelled.empty() && (marks.empty() || spelled[0] == '{'))
    tex = marks.empty() ? std::string(spelled) : std::string(spelled.substr(1, spelled.size() - 2));  // {\o} -> \o
  if (tex.empty() && base < 0x80) {
    // Punctuation with a mark: the character escaped as ever, the marks
    // kept as UTF-8.
    special(out, static_cast<char>(base), pair);
    std::string raw;
    for (char32_t mark : marks) append_utf8(raw, mark);
    unencodable_ += marks.size();
    return put(out, raw);
  }
  bool ok = !tex.empty();
  for (char32_t mark : marks) {
    std::string_view accent = accent_for(mark);
    if (accent.empty()) ok = false;
    if (!ok) break;
    tex = "\\" + std::string(accent) + "{" + tex + "}";
  }
  if (!ok) {
    ++unencodable_;
    std::string raw;
    for (char32_t c : cluster) append_utf8(raw, c);
    return put(out, raw);
  }
  if (marks.empty()) return put(out, tex);
  put(out, "{" + tex + "}");
}

// ASCII bytes that are written as they are (no TeX special, no ligature
// character, no control).
bool plain_ascii(unsigned char c) {
  static const auto table = [] {
    std::array<bool, 256> t{};
    for (int c = 0x20; c < 0x7F; ++c) t[static_cast<size_t>(c)] = true;
    for (char c : std::string_view("\\{}&%$#_~^-'`")) t[static_cast<unsigned char>(c)] = false;
    return t;
  }();
  return table[c];
}

void TexText::word(std::string& out, std::string_view w, bool pair) {
  std::u32string cluster;
  for (int32_t i = 0, n = static_cast<int32_t>(w.size()); i < n;) {
    // Most text is plain ASCII: copy a run of it in one go.  Under --ascii
    // the run stops before a letter that a combining mark follows.
    int32_t run = i;
    while (run < n && plain_ascii(static_cast<unsigned char>(w[run]))) ++run;
    if (ascii_ && run < n && run > i && static_cast<unsigned char>(w[run]) >= 0x80) --run;
    if (run > i) {
      out.append(w.data() + i, static_cast<size_t>(run - i));
      i = run;
      continue;
    }
    unsigned char byte = static_cast<unsigned char>(w[i]);
    if (!ascii_ && byte >= 0x80) {  // UTF-8 passes through
      int32_t start = i;
      while (i < n && static_cast<unsigned char>(w[i]) >= 0x80) ++i;
      out.append(w.data() + start, static_cast<size_t>(i - start));
      continue;
    }
    // A control character never takes combining marks: it becomes a space.
    bool alone = i + 1 == n || static_cast<unsigned char>(w[i + 1]) < 0x80 || byte < 0x20 || byte == 0x7F;
    if (!ascii_ || (byte < 0x80 && alone)) {
      special(out, static_cast<char>(byte), pair);
      ++i;
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(w.data(), i, n, c);
    if (c < 0) c = 0xFFFD;
    cluster.assign(1, static_cast<char32_t>(c));
    while (i < n) {
      int32_t next = i;
      UChar32 m = 0;
      U8_NEXT(w.data(), next, n, m);
      if (m < 0 || !is_mark(m)) break;
      cluster.push_back(static_cast<char32_t>(m));
      i = next;
    }
    ascii_char(out, cluster, pair);
  }
}

std::string TexText::text(std::string_view s, bool protect_capitals) {
  bool pair = braces_pair(s);
  std::string decomposed;
  if (ascii_ && has_non_ascii(s)) {
    decomposed = nfd(s);
    s = decomposed;
  }
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  if (!protect_capitals) {
    word(out, s, pair);
    return out;
  }
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = std::min(s.find(' ', start), s.size());
    std::string_view w = s.substr(start, end - start);
    if (needs_protection(w)) {
      out += '{';
      word(out, w, pair);
      out += '}';
    } else {
      word(out, w, pair);
    }
    if (end == s.size()) break;
    out += ' ';
    start = end + 1;
  }
  return out;
}

std::string TexText::protected_title(std::string_view marked, std::string_view title) {
  if (!braces_pair(marked)) return {};
  std::string plain;
  for (char c : marked)
    if (c != '{' && c != '}') plain += c;
  if (plain != title) return {};
  std::string out;
  size_t start = 0;
  for (size_t i = 0; i <= marked.size(); ++i) {
    if (i < marked.size() && marked[i] != '{' && marked[i] != '}') continue;
    if (i > start) put(out, text(marked.substr(start, i - start)));
    if (i < marked.size()) out += marked[i];
    start = i + 1;
  }
  return out;
}

std::string TexText::verbatim(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    unsigned char b = static_cast<unsigned char>(c);
    if (c == '{' || c == '}' || c == '\\' || b <= 0x20 || b == 0x7F) {
      out += '%';
      out += kHex[b >> 4];
      out += kHex[b & 15];
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace ream::exporting
