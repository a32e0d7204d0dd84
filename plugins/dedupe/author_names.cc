// Author names for matching.
//
// Citation styles disagree on order ("Zuber, J." against "J. Zuber"), on
// separators (" and ", ";", commas) and on how much of the given name is
// kept, but nearly all keep the surname and the first initial.  So each
// name becomes (surname key, initial), and two lists are compared by how
// many names pair up.  Commas are the one ambiguity: "Zuber, J" is one
// name, "A. Blum, M. Furst" two.  A comma part with a single word that
// is not all initials is a surname followed by its given names; parts of
// two or more words are whole names.
#include "author_names.hh"
#include "key_words.hh"

#include <ream/text.hpp>

#include <algorithm>
#include <cctype>

namespace ream::dedupe {
namespace {

std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> words;
  for_each_word(text::title_key(s), [&](std::string_view w) { words.emplace_back(w); });
  return words;
}

// Splits on " and ", "&" and ";" (never inside a name).
std::vector<std::string_view> split_on_conjunctions(std::string_view s) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    size_t skip = 0;
    if (s[i] == ';' || s[i] == '&') {
      skip = 1;
    } else if ((i == 0 || s[i - 1] == ' ' || s[i - 1] == ',') && s.substr(i, 4) == "and ") {
      skip = 4;
    } else if ((i == 0 || s[i - 1] == ' ' || s[i - 1] == ',') && s.substr(i, 4) == "AND ") {
      skip = 4;
    }
    if (!skip) continue;
    parts.push_back(s.substr(start, i - start));
    start = i + skip;
    i = start - 1;
  }
  parts.push_back(s.substr(start));
  return parts;
}

std::vector<std::string_view> split_commas(std::string_view s) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (start <= s.size()) {
    size_t comma = s.find(',', start);
    if (comma == std::string_view::npos) comma = s.size();
    std::string_view part = s.substr(start, comma - start);
    while (!part.empty() && (part.front() == ' ' || part.front() == '.')) part.remove_prefix(1);
    while (!part.empty() && (part.back() == ' ' || part.back() == '.')) part.remove_suffix(1);
    if (!part.empty()) parts.push_back(part);
    start = comma + 1;
  }
  return parts;
}

// One word of a name is initials when it is a single letter ("J"), has
// dots between letters ("r.e", "J.-P."), or is two or three capitals
// ("QJ" in "Zhai QJ").  Two lower-case or mixed-case letters are a
// surname ("Li", "li", "Ng"), which the older letters-only test took for
// initials and so split "Li, M." into two names.
bool initials_word(std::string_view w) {
  while (!w.empty() && (w.back() == '.' || w.back() == ':' || w.back() == ';')) w.remove_suffix(1);
  if (w.empty()) return false;
  int letters = 0, upper = 0, run = 0, longest = 0;
  bool dotted = false;
  for (unsigned char c : w) {
    bool letter = c >= 0x80 || std::isalpha(c);
    if (c == '.') dotted = true;
    if (!letter && c != '.' && c != '-') return false;
    run = letter ? run + 1 : 0;
    longest = std::max(longest, run);
    letters += letter;
    upper += std::isupper(c) != 0;
  }
  if (letters == 0) return false;
  if (letters == 1) return true;
  if (dotted) return longest <= 2;
  return letters <= 3 && upper == letters;
}

std::vector<std::string_view> raw_words(std::string_view part) {
  std::vector<std::string_view> words;
  for_each_word(part, [&](std::string_view w) { words.push_back(w); });
  return words;
}

// "J", "J.", "M. J.", "MJ", "r.e.": given names reduced to initials.
bool all_initials(std::string_view part) {
  auto words = raw_words(part);
  return !words.empty() && std::all_of(words.begin(), words.end(), initials_word);
}

// A surname written before its initials has no initials of its own: "y.
// freund., r. e." is a whole name and a stray pair of initials, not the
// surname "y freund" with given names "r. e.".
bool surname_like(std::string_view part) {
  auto words = raw_words(part);
  return !words.empty() && std::none_of(words.begin(), words.end(), initials_word);
}

bool one_word(std::string_view part) { return part.find(' ') == std::string_view::npos; }

// Whether a name whose title key is `key` stands for names left out.
bool is_et_al(const std::string& key) {
  return key == "et al" || key == "others" || key == "et al al" || key == "etal";
}

// One conjunction-separated piece may still hold several comma-separated
// names.  A part that is a single surname-like word ("zuber", "Le Quintrec"
// is two words but is followed by initials) pairs with the part after it
// when that part is initials ("Zuber, J.") or, in a piece of exactly two
// parts, given names ("Deng, Chaoqun"); every other part is a whole name
// ("m. li", "Robert E. Schapire").
void split_piece(std::string_view piece, std::vector<std::string>& out) {
  auto parts = split_commas(piece);
  for (size_t i = 0; i < parts.size(); ++i) {
    bool has_next = i + 1 < parts.size();
    bool surname_first =
        surname_like(parts[i]) && has_next && (all_initials(parts[i + 1]) || (parts.size() == 2 && one_word(parts[i])));
    if (surname_first) {
      out.push_back(std::string(parts[i]) + ", " + std::string(parts[i + 1]));
      ++i;
    } else {
      out.emplace_back(parts[i]);
    }
  }
}

// "Last, F. and Other, G. et al.": the "et al." is glued to the last
// name's initials, where the comma split would take "G. et al" for a
// whole name and lose "Other".  It is cut off the piece before the split
// and kept as a part of its own, which parse_authors reads as a list cut
// short.
std::string_view without_et_al(std::string_view piece, bool& cut) {
  std::string_view rest = piece;
  while (!rest.empty() && (rest.back() == ' ' || rest.back() == '.' || rest.back() == ',')) rest.remove_suffix(1);
  constexpr std::string_view kEtAl = "et al";
  cut = rest.size() > kEtAl.size() && (rest[rest.size() - 6] == ' ' || rest[rest.size() - 6] == ',') &&
        std::equal(kEtAl.begin(), kEtAl.end(), rest.end() - 5,
                   [](char e, char c) { return e == std::tolower(static_cast<unsigned char>(c)); });
  return cut ? rest.substr(0, rest.size() - kEtAl.size() - 1) : piece;
}

}  // namespace

std::vector<std::string> split_author_string(std::string_view s) {
  std::vector<std::string> names;
  for (auto piece : split_on_conjunctions(s)) {
    bool cut = false;
    split_piece(without_et_al(piece, cut), names);
    if (cut) names.emplace_back("et al.");
  }
  return names;
}

AuthorName parse_author_name(std::string_view name) {
  AuthorName out;
  size_t comma = name.find(',');
  std::vector<std::string> surname_words, given_words;
  if (comma != std::string_view::npos) {
    surname_words = words_of(name.substr(0, comma));
    given_words = words_of(name.substr(comma + 1));
  } else {
    // "Zhai QJ", "rivest r.l." (surname then initials) against "Q. J. Zhai".
    auto raw = raw_words(name);
    if (raw.size() >= 2 && initials_word(raw.back()) && !initials_word(raw.front())) {
      size_t given = 0;
      while (given + 1 < raw.size() && initials_word(raw[raw.size() - 1 - given])) ++given;
      surname_words = words_of(name.substr(0, raw[raw.size() - given].data() - name.data()));
      given_words = words_of(raw[raw.size() - given]);
    } else {
      // The last written word is the surname, hyphenated parts and all
      // ("n. cesa-bianchi"), with the particles before it ("van", "le").
      static const char* particles[] = {"van", "von", "de", "der", "den", "del", "della", "di",
                                        "da",  "le",  "la", "du",  "dos", "das", "ter",   "ten"};
      auto is_particle = [&](std::string_view w) {
        std::string lower(w);
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return std::any_of(std::begin(particles), std::end(particles), [&](const char* p) { return lower == p; });
      };
      size_t first = raw.empty() ? 0 : raw.size() - 1;
      while (first > 0 && is_particle(raw[first - 1])) --first;
      for (size_t i = 0; i < raw.size(); ++i) {
        auto& into = i < first ? given_words : surname_words;
        for (auto& w : words_of(raw[i])) into.push_back(std::move(w));
      }
    }
  }
  std::string surname;
  for (const auto& w : surname_words) surname += w;
  if (surname.empty()) return out;
  out.surname = static_cast<uint32_t>(text::hash64(surname));
  std::copy_n(surname.begin(), std::min(surname.size(), out.spelling.size()), out.spelling.begin());
  if (!given_words.empty() && !given_words.front().empty()) out.initial = given_words.front()[0];
  return out;
}

AuthorList parse_authors(const std::vector<std::string_view>& fields) {
  AuthorList list;
  for (auto field : fields) {
    std::vector<std::string> names;
    if (fields.size() > 1) {
      names.emplace_back(field);  // an array holds one name per element
    } else {
      names = split_author_string(field);
    }
    for (const auto& n : names) {
      // One key per name serves both tests for a list cut short.
      std::string key = text::title_key(n);
      if (is_et_al(key)) {
        list.truncated = true;
        continue;
      }
      if (all_initials(n)) {
        // "freund, y. & r.e.": the surname went elsewhere in a bad split.
        list.truncated = true;
        continue;
      }
      std::string_view name = n;
      if (name.size() > 7 && key.ends_with(" et al")) {
        list.truncated = true;
        name = name.substr(0, name.rfind("et al"));
      }
      AuthorName parsed = parse_author_name(name);
      if (parsed.surname) list.names.push_back(parsed);
    }
  }
  return list;
}

namespace {

std::string_view spelled(const AuthorName& n) {
  return std::string_view(n.spelling.data(),
                          std::find(n.spelling.begin(), n.spelling.end(), '\0') - n.spelling.begin());
}

// One insertion, deletion, substitution or swap of neighbours turns `a`
// into `b`.
bool one_edit_apart(std::string_view a, std::string_view b) {
  if (a.size() < b.size()) std::swap(a, b);
  if (a.size() - b.size() > 1) return false;
  size_t i = 0;
  while (i < b.size() && a[i] == b[i]) ++i;
  if (i == b.size()) return true;  // one letter appended, or equal
  if (a.size() != b.size()) return a.substr(i + 1) == b.substr(i);
  if (a.substr(i + 1) == b.substr(i + 1)) return true;
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);
}

}  // namespace

bool same_surname(const AuthorName& a, const AuthorName& b) {
  if (a.surname == b.surname) return true;
  std::string_view x = spelled(a), y = spelled(b);
  return x.size() >= 5 && y.size() >= 5 && one_edit_apart(x, y);
}

double author_similarity(const AuthorList& a, const AuthorList& b) {
  if (a.names.empty() || b.names.empty()) return -1.0;
  enum class Pairing { exact, typo, other_initial };
  auto pairs = [](const AuthorName& x, const AuthorName& y, Pairing how) {
    bool initials_agree = !x.initial || !y.initial || x.initial == y.initial;
    switch (how) {
      case Pairing::exact:
        return x.surname == y.surname && initials_agree;
      case Pairing::typo:
        return same_surname(x, y) && initials_agree;
      case Pairing::other_initial:
        return x.surname == y.surname;
    }
    return false;
  };
  // The surest pairings are made first, so a weaker one never takes a
  // name that a surer one elsewhere in the list needs ("Wang, J. and
  // Wang, Y." against "Wang, Y. and Wang, J.").
  std::vector<bool> used_a(a.names.size(), false), used_b(b.names.size(), false);
  double matched = 0;
  for (Pairing how : {Pairing::exact, Pairing::typo, Pairing::other_initial}) {
    for (size_t i = 0; i < a.names.size(); ++i) {
      for (size_t j = 0; j < b.names.size() && !used_a[i]; ++j) {
        if (used_b[j] || !pairs(a.names[i], b.names[j], how)) continue;
        used_a[i] = used_b[j] = true;
        matched += how == Pairing::other_initial ? 0.5 : 1.0;
      }
    }
  }
  if (a.truncated || b.truncated) return matched / static_cast<double>(std::min(a.names.size(), b.names.size()));
  return 2.0 * matched / static_cast<double>(a.names.size() + b.names.size());
}

bool names_contained(const AuthorList& a, const AuthorList& b) {
  const AuthorList& shorter = a.names.size() <= b.names.size() ? a : b;
  const AuthorList& longer = a.names.size() <= b.names.size() ? b : a;
  if (shorter.names.empty() || shorter.names.size() == longer.names.size()) return false;
  std::vector<bool> used(longer.names.size(), false);
  for (const AuthorName& name : shorter.names) {
    auto pairs = [&](size_t j) {
      bool initials_agree = !name.initial || !longer.names[j].initial || name.initial == longer.names[j].initial;
      return !used[j] && initials_agree && same_surname(name, longer.names[j]);
    };
    size_t j = 0;
    while (j < longer.names.size() && !pairs(j)) ++j;
    if (j == longer.names.size()) return false;
    used[j] = true;
  }
  return true;
}

}  // namespace ream::dedupe
