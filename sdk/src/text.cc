// Unicode helpers for paper text, all built on ICU.
//
// title_key is the hot path (dedupe computes one per record), so it takes
// the cheap route first: one NFKC_Casefold pass, one NFD pass to split off
// accents, and ICU's Latin-ASCII transliterator only for the rare titles
// that still hold non-ASCII Latin letters afterwards (ø, ł, æ).
#include "ream/text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>
#include <xxhash.h>

#include <array>
#include <cstdio>
#include <memory>
#include <mutex>

namespace ream::text {
namespace {

const icu::Normalizer2& normalizer(const char* mode, UNormalization2Mode how) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getInstance(nullptr, mode, how, status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU normalizer unavailable");
  return *n;
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

// The common case, ASCII text, needs no ICU: the key is written straight
// into `out`.  Branch-free per byte, because abstracts are long and which
// class the next byte falls in is unpredictable.  False (and `out`
// unspecified) when `s` holds a non-ASCII byte.
bool ascii_title_key(std::string_view s, std::string& out) {
  static constexpr auto table = make_ascii_key_table();
  out.resize(s.size());
  char* w = out.data();
  unsigned char seen = 0;
  bool space = true;
  for (unsigned char c : s) {
    seen |= c;
    char k = table[c & 0x7f];
    bool keep = k > kSeparator;
    bool separate = k == kSeparator && !space;
    *w = k;
    w += keep | separate;
    space = !keep && (space || k == kSeparator);
  }
  if (seen >= 0x80) return false;
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
