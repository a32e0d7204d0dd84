// Decoding HTML character references.
//
// Web scrapes of bibliographic sites (Google Scholar result pages, ACM's
// portal) leave references in titles, authors and venues, so the same name
// reaches dedupe as "François" from one database and "Fran&#231;ois" from
// another.  Only the shapes HTML defines are read: "&#" decimal ";", "&#x"
// hex ";", and "&" name ";" for a short table of names.  Accented Latin
// letters are named by base letter and accent (&eacute; &uuml; &ccedil;),
// so they are composed from the two rather than listed one by one; the
// title key folds accents anyway, but author surnames keep the letter.
#include "character_references.hh"

#include <array>
#include <cstdint>
#include <optional>
#include <utility>

namespace ream::dedupe {
namespace {

void append_utf8(uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Code points HTML forbids in a reference (surrogates, NUL, beyond
// Unicode) are not decoded: the text is kept as written.
bool usable_code_point(uint32_t cp) { return cp != 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF); }

std::optional<uint32_t> numeric_reference(std::string_view digits, bool hex) {
  if (digits.empty() || digits.size() > 7) return std::nullopt;
  uint32_t cp = 0;
  for (char c : digits) {
    uint32_t d;
    if (c >= '0' && c <= '9') {
      d = static_cast<uint32_t>(c - '0');
    } else if (hex && c >= 'a' && c <= 'f') {
      d = static_cast<uint32_t>(c - 'a' + 10);
    } else if (hex && c >= 'A' && c <= 'F') {
      d = static_cast<uint32_t>(c - 'A' + 10);
    } else {
      return std::nullopt;
    }
    cp = cp * (hex ? 16 : 10) + d;
  }
  if (!usable_code_point(cp)) return std::nullopt;
  return cp;
}

// Accented letters: the base letter, then the accent's HTML name.  The
// Latin-1 block lays them out so that each (letter, accent) has one code
// point; only the pairs that exist are listed.
struct Accented {
  char letter;
  std::string_view accent;
  uint32_t upper, lower;
};
constexpr std::array<Accented, 24> kAccented = {{
    {'a', "grave", 0xC0, 0xE0}, {'a', "acute", 0xC1, 0xE1}, {'a', "circ", 0xC2, 0xE2},  {'a', "tilde", 0xC3, 0xE3},
    {'a', "uml", 0xC4, 0xE4},   {'a', "ring", 0xC5, 0xE5},  {'c', "cedil", 0xC7, 0xE7}, {'e', "grave", 0xC8, 0xE8},
    {'e', "acute", 0xC9, 0xE9}, {'e', "circ", 0xCA, 0xEA},  {'e', "uml", 0xCB, 0xEB},   {'i', "grave", 0xCC, 0xEC},
    {'i', "acute", 0xCD, 0xED}, {'i', "circ", 0xCE, 0xEE},  {'i', "uml", 0xCF, 0xEF},   {'n', "tilde", 0xD1, 0xF1},
    {'o', "grave", 0xD2, 0xF2}, {'o', "acute", 0xD3, 0xF3}, {'o', "circ", 0xD4, 0xF4},  {'o', "tilde", 0xD5, 0xF5},
    {'o', "uml", 0xD6, 0xF6},   {'u', "grave", 0xD9, 0xF9}, {'u', "acute", 0xDA, 0xFA}, {'u', "uml", 0xDC, 0xFC},
}};

constexpr std::array<std::pair<std::string_view, uint32_t>, 14> kNamed = {{
    {"amp", '&'},
    {"lt", '<'},
    {"gt", '>'},
    {"quot", '"'},
    {"apos", '\''},
    {"nbsp", 0xA0},
    {"hellip", 0x2026},
    {"ndash", 0x2013},
    {"mdash", 0x2014},
    {"lsquo", 0x2018},
    {"rsquo", 0x2019},
    {"ldquo", 0x201C},
    {"rdquo", 0x201D},
    {"szlig", 0xDF},
}};

std::optional<uint32_t> named_reference(std::string_view name) {
  for (const auto& [n, cp] : kNamed)
    if (n == name) return cp;
  if (name.size() < 3) return std::nullopt;
  char first = name[0];
  bool upper = first >= 'A' && first <= 'Z';
  char letter = upper ? static_cast<char>(first - 'A' + 'a') : first;
  for (const auto& a : kAccented)
    if (a.letter == letter && name.substr(1) == a.accent) return upper ? a.upper : a.lower;
  return std::nullopt;
}

}  // namespace

std::string decode_character_references(std::string_view text) {
  if (text.find('&') == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t semi = text[i] == '&' ? text.find(';', i + 1) : std::string_view::npos;
    // A reference is short: a longer run to the next ';' is prose.
    if (semi == std::string_view::npos || semi - i > 10) {
      out += text[i++];
      continue;
    }
    std::string_view body = text.substr(i + 1, semi - i - 1);
    std::optional<uint32_t> cp;
    if (body.size() > 1 && body[0] == '#') {
      bool hex = body[1] == 'x' || body[1] == 'X';
      cp = numeric_reference(body.substr(hex ? 2 : 1), hex);
    } else {
      cp = named_reference(body);
    }
    if (!cp) {
      out += text[i++];
      continue;
    }
    append_utf8(*cp, out);
    i = semi + 1;
  }
  return out;
}

}  // namespace ream::dedupe
