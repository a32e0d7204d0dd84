// Unicode helpers for paper text, all built on ICU.
//
// title_key is the hot path (dedupe computes one per record), so it takes
// the cheap route first: ASCII text, with the common non-ASCII punctuation
// (dashes, curly quotes), needs no ICU at all.  Other text takes one
// NFKC_Casefold pass, one NFD pass to split off accents, and ICU's
// Latin-ASCII transliterator only for the rare titles that still hold
// non-ASCII Latin letters afterwards (ø, ł, æ).
#include "ream/text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>
#include <xxhash.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <mutex>
#include <string_view>

namespace ream::text {
namespace {

const icu::Normalizer2& load_normalizer(const char* mode, UNormalization2Mode how) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getInstance(nullptr, mode, how, status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU normalizer unavailable");
  return *n;
}

// Each normalizer is looked up once, in a C++ function-local static.  ICU's
// getInstance is itself thread-safe, but its lazy set-up is invisible to
// ThreadSanitizer (ICU is not built with it), which then reports every
// first use from two -j workers at once; a static's initialisation is
// synchronised where the sanitizer sees it, and later calls skip ICU's
// lookup altogether.
const icu::Normalizer2& normalizer(const char* mode, UNormalization2Mode how) {
  if (how == UNORM2_COMPOSE && std::string_view(mode) == "nfc") {
    static const icu::Normalizer2& nfc = load_normalizer("nfc", UNORM2_COMPOSE);
    return nfc;
  }
  if (how == UNORM2_DECOMPOSE && std::string_view(mode) == "nfc") {
    static const icu::Normalizer2& nfd = load_normalizer("nfc", UNORM2_DECOMPOSE);
    return nfd;
  }
  if (how == UNORM2_COMPOSE && std::string_view(mode) == "nfkc_cf") {
    static const icu::Normalizer2& nfkc_cf = load_normalizer("nfkc_cf", UNORM2_COMPOSE);
    return nfkc_cf;
  }
  return load_normalizer(mode, how);
}

icu::UnicodeString normalize(const icu::Normalizer2& n, const icu::UnicodeString& s) {
  UErrorCode status = U_ZERO_ERROR;
  if (n.isNormalized(s, status) && U_SUCCESS(status)) return s;
  status = U_ZERO_ERROR;
  icu::UnicodeString out = n.normalize(s, status);
  return U_SUCCESS(status) ? out : s;
}

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

bool is_space(UChar32 c) { return u_isUWhiteSpace(c) || c == 0x200B || c == 0xFEFF; }

// One shared transliterator, used under a lock: ICU's transliterators are
// not thread-safe, and a thread_local one in a dlopen'ed library lives in
// dynamic TLS, which LeakSanitizer cannot walk (it crashes at exit).
void transliterate_latin_ascii(icu::UnicodeString& text) {
  static std::mutex lock;
  static std::unique_ptr<icu::Transliterator> t = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> made(
        icu::Transliterator::createInstance("Latin-ASCII", UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(made) : nullptr;
  }();
  if (!t) return;
  std::lock_guard<std::mutex> held(lock);
  t->transliterate(text);
}

bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

// What title_key does to each ASCII byte: keep (lower-cased), drop (the
// apostrophe, so "Hawking's" meets "Hawkings"), or separate words.
constexpr char kSeparator = ' ', kDropped = 0;
constexpr std::array<char, 128> make_ascii_key_table() {
  std::array<char, 128> t{};
  for (int c = 0; c < 128; ++c) {
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))
      t[c] = static_cast<char>(c);
    else if (c >= 'A' && c <= 'Z')
      t[c] = static_cast<char>(c - 'A' + 'a');
    else
      t[c] = c == '\'' ? kDropped : kSeparator;
  }
  return t;
}

// Non-ASCII punctuation that titles are full of (BibTeX's "---" becomes an
// em dash, Word's quotes are curly) and whose part in the key is fixed
// whatever stands beside it.  Each one has a normalisation boundary before
// it under NFKC_Casefold and NFD (nothing composes with it or reorders
// across it), is neither a mark, a letter nor a digit, is not Latin (so it
// never brings in the transliterator), and NFKC_Casefold maps it to itself
// or to ASCII separators (NBSP to a space, the ellipsis to dots).  So in a
// text made of ASCII and these alone, the ICU path would give each one the
// part written here: a separator, or dropped like the apostrophe (U+2019).
// text_test.cc checks every one of these claims with ICU.
struct PunctuationRole {
  UChar32 code_point;
  char role;
};
constexpr std::array<PunctuationRole, 14> kKnownPunctuation{{
    {0x00A0, kSeparator},  // no-break space
    {0x00AB, kSeparator},  // « »
    {0x00BB, kSeparator},
    {0x2010, kSeparator},  // hyphen, non-breaking hyphen
    {0x2011, kSeparator},
    {0x2013, kSeparator},  // en and em dash
    {0x2014, kSeparator},
    {0x2018, kSeparator},  // curly quotes; the closing single one is an apostrophe
    {0x2019, kDropped},
    {0x201C, kSeparator},
    {0x201D, kSeparator},
    {0x2022, kSeparator},  // bullet
    {0x2026, kSeparator},  // horizontal ellipsis
    {0x2212, kSeparator},  // minus sign
}};

// The role of the UTF-8 character at `s[i]` (`i` advanced past it), or -1 when
// it is not one of kKnownPunctuation and the ICU path must decide.
int punctuation_role(const uint8_t* s, int32_t& i, int32_t n) {
  UChar32 c;
  U8_NEXT(s, i, n, c);
  for (const auto& known : kKnownPunctuation)
    if (known.code_point == c) return known.role;
  return -1;
}

// The common case, ASCII text (with the punctuation above), needs no ICU:
// the key is written straight into `out`.  Branch-free per ASCII byte,
// because abstracts are long and which class the next byte falls in is
// unpredictable.  False (and `out` unspecified) when `s` holds any other
// non-ASCII character.
bool ascii_title_key(std::string_view s, std::string& out) {
  static constexpr auto table = make_ascii_key_table();
  if (s.size() > INT32_MAX) return false;  // U8_NEXT counts in int32_t
  out.resize(s.size());
  char* w = out.data();
  bool space = true;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    char k;
    if (p[i] < 0x80) {
      k = table[p[i++]];
    } else {
      int role = punctuation_role(p, i, n);
      if (role < 0) return false;
      k = static_cast<char>(role);
    }
    bool keep = k > kSeparator;
    bool separate = k == kSeparator && !space;
    *w = k;
    w += keep | separate;
    space = !keep && (space || k == kSeparator);
  }
  if (w != out.data() && w[-1] == kSeparator) --w;
  out.resize(static_cast<size_t>(w - out.data()));
  return true;
}

}  // namespace

bool valid_utf8(std::string_view s) {
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

// ASCII text is already NFC; only its white space needs folding.  Most
// paper text is ASCII, and this skips two UTF-16 conversions for it.
std::string ascii_clean(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = true;
  for (char c : s) {
    // Unicode's White_Space in ASCII: TAB, LF, VT, FF, CR and SPACE.
    bool is_space = c == ' ' || (c >= '\t' && c <= '\r');
    if (is_space) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

bool is_nfc(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  bool yes = normalizer("nfc", UNORM2_COMPOSE)
                 .isNormalizedUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), status);
  return yes && U_SUCCESS(status);
}

std::string nfc(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString composed = normalizer("nfc", UNORM2_COMPOSE).normalize(icu::UnicodeString::fromUTF8(s), status);
  if (U_FAILURE(status)) return std::string(s);
  return to_utf8(composed);
}

std::string clean(std::string_view s) {
  if (is_ascii(s)) return ascii_clean(s);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u = normalize(normalizer("nfc", UNORM2_COMPOSE), u);
  icu::UnicodeString out;
  bool space = true;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (is_space(c)) {
      space = true;
      continue;
    }
    if (space && !out.isEmpty()) out.append(UChar(' '));
    space = false;
    out.append(c);
  }
  return to_utf8(out);
}

std::string fold(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  return to_utf8(normalize(normalizer("nfkc_cf", UNORM2_COMPOSE), u));
}

void title_key(std::string_view s, std::string& out) {
  if (!ascii_title_key(s, out)) out = title_key(s);
}

std::string title_key(std::string_view s) {
  std::string ascii;
  if (ascii_title_key(s, ascii)) return ascii;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u = normalize(normalizer("nfkc_cf", UNORM2_COMPOSE), u);
  u = normalize(normalizer("nfc", UNORM2_DECOMPOSE), u);
  icu::UnicodeString stripped;
  bool latin_left = false;  // a non-ASCII Latin letter (ø, ł, æ) survived
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c >= 0x80 && !latin_left) {
      UErrorCode status = U_ZERO_ERROR;
      latin_left = uscript_getScript(c, &status) == USCRIPT_LATIN;
    }
    stripped.append(c);
  }
  // The transliterator costs ~40 ms to load: only Latin letters need it,
  // not Greek, CJK or punctuation.
  if (latin_left) {
    transliterate_latin_ascii(stripped);
  }
  std::string out;
  bool space = true;
  for (int32_t i = 0; i < stripped.length();) {
    UChar32 c = stripped.char32At(i);
    i += U16_LENGTH(c);
    if (c == '\'' || c == 0x2019) continue;
    if (u_isalnum(c)) {
      char buf[U8_MAX_LENGTH];
      int32_t len = 0;
      U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(buf), len, c);
      out.append(buf, len);
      space = false;
    } else if (!space) {
      out += ' ';
      space = true;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  // Case folding after transliteration: Latin-ASCII may produce capitals.
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

uint64_t hash64(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }

std::string short_hash(std::string_view s, int digits) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash64(s)));
  return std::string(buf, digits < 16 ? digits : 16);
}

}  // namespace ream::text
