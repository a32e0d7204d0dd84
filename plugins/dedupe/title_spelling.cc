// Spelling variants of one title, as the databases a systematic review
// searches write it.
//
// PubMed spells Greek letters out and glues them on ("TGF-beta1",
// "interleukin-1beta"), publishers' feeds keep the letter ("TGF-β1") or
// their markup ("CO<sub>2</sub>", "&#946;"), and British journals write
// "haemorrhage", "randomised" and "tumour" where American ones do not.
// Each of these would cost a duplicate pair its near-identical title.
//
// Every rewrite here is applied to both titles of a comparison, so it can
// only join two titles that differ in nothing but the rewritten spelling;
// that is why the rules may be blunt ("ae" becomes "e" inside any word)
// instead of listing words.  Markup is removed before the title key is
// made, because the key would keep tag names as words; the rest works on
// the key's lower-case ASCII words.
#include "title_spelling.hh"
#include "key_words.hh"

#include <re2/re2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>

namespace ream::dedupe {
namespace {

// U+03B1 to U+03C9; the final sigma (U+03C2) is a sigma too.
constexpr std::array<std::string_view, 25> kGreekNames = {
    "alpha", "beta",    "gamma", "delta", "epsilon", "zeta",  "eta", "theta",   "iota", "kappa", "lambda", "mu",   "nu",
    "xi",    "omicron", "pi",    "rho",   "sigma",   "sigma", "tau", "upsilon", "phi",  "chi",   "psi",    "omega"};

// The name of the lower-case Greek letter U+03B1 + i (final sigma
// included), as case folding leaves every Greek letter in a title key.
std::string_view greek_name(char32_t c) {
  if (c < 0x03B1 || c > 0x03C9) return {};
  return kGreekNames[c - 0x03B1];
}

std::string utf8_of(char32_t c) {
  std::string out;
  icu::UnicodeString(static_cast<UChar32>(c)).toUTF8String(out);
  return out;
}

// "&amp;", "&beta;", "&#946;", "&#x3B2;"; an unknown name stays as written.
std::string decode_reference(std::string_view name) {
  if (name.size() > 1 && name[0] == '#') {
    bool hex = name[1] == 'x' || name[1] == 'X';
    std::string digits(name.substr(hex ? 2 : 1));
    char* end = nullptr;
    unsigned long c = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
    if (!digits.empty() && *end == '\0' && c > 0 && c <= 0x10FFFF) return utf8_of(static_cast<char32_t>(c));
    return "&" + std::string(name) + ";";
  }
  if (name == "amp") return "&";
  if (name == "lt") return "<";
  if (name == "gt") return ">";
  if (name == "quot") return "\"";
  if (name == "apos") return "'";
  if (name == "nbsp") return " ";
  for (size_t i = 0; i < kGreekNames.size(); ++i)
    if (name == kGreekNames[i]) return utf8_of(static_cast<char32_t>(0x03B1 + i));
  return "&" + std::string(name) + ";";
}

std::string decode_references(const std::string& text) {
  static const RE2 reference(R"(&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});)");
  std::string out;
  re2::StringPiece rest(text), name;
  const char* copied = text.data();
  while (RE2::FindAndConsume(&rest, reference, &name)) {
    const char* match = name.data() - 1;  // the '&'
    out.append(copied, match);
    out += decode_reference(std::string_view(name.data(), name.size()));
    copied = rest.data();
  }
  out.append(copied, text.data() + text.size());
  return out;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return c >= 'a' && c <= 'z'; }

// Greek letters become their names, glued on as PubMed writes them
// ("1β" -> "1beta"), then letters and digits written together are split
// ("1beta" -> "1 beta", "covid19" -> "covid 19") so that "IL-1beta",
// "IL-1 beta" and "IL-1β" all read "il 1 beta".
std::string spaced_words(std::string_view key) {
  std::string out;
  out.reserve(key.size() + 8);
  const auto* bytes = reinterpret_cast<const uint8_t*>(key.data());
  int32_t length = static_cast<int32_t>(key.size());
  for (int32_t i = 0; i < length;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (auto name = greek_name(static_cast<char32_t>(c)); !name.empty()) {
      if (!out.empty() && is_digit(out.back())) out += ' ';
      out += name;
      continue;
    }
    char first = key[static_cast<size_t>(start)];
    if (!out.empty() && ((is_digit(first) && is_letter(out.back())) || (is_letter(first) && is_digit(out.back()))))
      out += ' ';
    out.append(key.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
  }
  return out;
}

bool ascii_word(std::string_view w) {
  for (char c : w)
    if (!is_letter(c)) return false;
  return true;
}

void replace_suffix(std::string& w, std::string_view from, std::string_view to) {
  w.replace(w.size() - from.size(), from.size(), to);
}

// Whole words whose British form no general rule below reaches.
std::string_view listed_american(std::string_view w) {
  static constexpr std::pair<std::string_view, std::string_view> kWords[] = {
      {"ageing", "aging"},         {"programme", "program"},  {"programmes", "programs"}, {"grey", "gray"},
      {"judgement", "judgment"},   {"aluminium", "aluminum"}, {"artefact", "artifact"},   {"artefacts", "artifacts"},
      {"defence", "defense"},      {"offence", "offense"},    {"licence", "license"},     {"manoeuvre", "maneuver"},
      {"manoeuvres", "maneuvers"}, {"practise", "practice"},  {"mould", "mold"}};
  for (const auto& [british, american] : kWords)
    if (w == british) return american;
  return {};
}

// British medical "oe": oedema, oesophagus, oestrogen, foetal, diarrhoea,
// coeliac, amoeba, dyspnoea.  Unlike "ae" the pair is common in ordinary
// English words ("does", "poem", "coefficient"), so only these openings
// and stems are rewritten.
void without_british_oe(std::string& w) {
  if (w.size() >= 5 && (w.starts_with("oe") || w.starts_with("foet") || w.starts_with("coeli"))) {
    w.erase(w.find("oe"), 1);
    return;
  }
  for (std::string_view stem : {"rrhoe", "amoeb", "pnoe"}) {
    size_t at = w.find(stem);
    if (at != std::string::npos) {
      w.erase(at + stem.find("oe"), 1);
      return;
    }
  }
}

// -ise, -isation (randomised, organisation) and -yse (analysed), from the
// word's last letter so that most words are passed over after one test.
bool z_spelling(std::string& w) {
  auto z_at = [&](std::string_view suffix, size_t s_offset, size_t min_stem) {
    if (w.size() < suffix.size() + min_stem || !w.ends_with(suffix)) return false;
    w[w.size() - suffix.size() + s_offset] = 'z';
    return true;
  };
  switch (w.back()) {
    case 'e':
      return z_at("ise", 1, 3) || z_at("lyse", 2, 0);
    case 'd':
      return z_at("ised", 1, 3) || z_at("lysed", 2, 0);
    case 's':
      return z_at("ises", 1, 3) || z_at("isations", 1, 3) || z_at("lyses", 2, 0);
    case 'g':
      return z_at("ising", 1, 3) || z_at("lysing", 2, 0);
    case 'n':
      return z_at("isation", 1, 3);
    default:
      return false;
  }
}

// -tre, -bre (centre, fibres, centred), -ogue (catalogue), -elling.
void er_og_l_spelling(std::string& w) {
  auto swap = [&](std::string_view british, std::string_view american, size_t min_size) {
    if (w.size() < min_size || !w.ends_with(british)) return false;
    replace_suffix(w, british, american);
    return true;
  };
  auto one_l = [&](std::string_view suffix) {
    if (w.size() < 8 || !w.ends_with(suffix)) return false;
    w.erase(w.size() - suffix.size() + 2, 1);
    return true;
  };
  switch (w.back()) {
    case 'e':
      swap("tre", "ter", 5) || swap("bre", "ber", 5) || swap("ogue", "og", 7);
      return;
    case 's':
      swap("tres", "ters", 5) || swap("bres", "bers", 5) || swap("ogues", "ogs", 7);
      return;
    case 'd':
      swap("tred", "tered", 5) || one_l("elled") || one_l("alled");
      return;
    case 'g':
      one_l("elling") || one_l("alling");
      return;
    default:
      return;
  }
}

void american_word(std::string& w) {
  if (w.size() < 4 || !ascii_word(w)) return;
  if (auto listed = listed_american(w); !listed.empty()) {
    w = listed;
    return;
  }
  bool ae = false, oe = false;
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    ae |= w[i] == 'a' && w[i + 1] == 'e' && i + 2 < w.size();
    oe |= w[i] == 'o' && w[i + 1] == 'e';
  }
  // haem-, anaem-, paed-, aetiology, caesarean, gynaecology, ischaemic;
  // not a final "ae", the Latin plural ("formulae", "sequelae").
  if (ae)
    for (size_t at = w.find("ae"); at != std::string::npos && at + 2 < w.size(); at = w.find("ae", at)) w.erase(at, 1);
  if (oe) without_british_oe(w);
  if (w[0] == 's' && w.starts_with("sulph")) w.replace(0, 5, "sulf");
  if (z_spelling(w)) return;
  // -our (tumour, behavioural, favourable), three letters in at least so
  // that "journal", "course" and "hour" keep theirs.
  if (size_t at = w.find("our", 3); at != std::string::npos) w.erase(at + 1, 1);
  er_og_l_spelling(w);
}

}  // namespace

std::string without_markup(std::string_view title) {
  if (title.find('<') == std::string_view::npos && title.find('&') == std::string_view::npos) return std::string(title);
  // Inline tags vanish ("CO<sub>2</sub>" is "CO2"); line and paragraph
  // breaks separate words.  Only markup tags are removed, so a title that
  // compares ("p < 0.05", "x<y") keeps its text.
  static const RE2 inline_tag(
      R"((?i)</?(?:i|b|u|em|strong|sup|sub|sc|scp|inf|span|small|mml:[a-z]+|math)(?:\s[^<>]*)?/?>)");
  static const RE2 break_tag(R"((?i)</?(?:br|p|div)(?:\s[^<>]*)?/?>)");
  std::string text(title);
  RE2::GlobalReplace(&text, inline_tag, "");
  RE2::GlobalReplace(&text, break_tag, " ");
  if (text.find('&') == std::string::npos) return text;
  text = decode_references(text);
  std::string out;
  out.reserve(text.size() + 8);
  for (char c : text) {
    if (c == '&')
      out += " and ";
    else
      out += c;
  }
  return out;
}

void american_spelling(std::string& key) {
  // Most keys are plain ASCII words: no Greek letter or digit to space.
  bool plain = std::none_of(key.begin(), key.end(), [](char c) { return is_digit(c) || (c & 0x80); });
  std::string spaced = plain ? std::string() : spaced_words(key);
  std::string_view words = plain ? std::string_view(key) : std::string_view(spaced);
  std::string out;
  out.reserve(words.size());
  std::string word;
  for_each_word(words, [&](std::string_view written) {
    word.assign(written);
    american_word(word);
    if (!out.empty()) out += ' ';
    out += word;
  });
  key = std::move(out);
}

}  // namespace ream::dedupe
