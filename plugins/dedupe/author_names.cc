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

#include <ream/text.hpp>

#include <algorithm>
#include <cctype>

namespace ream::dedupe {
namespace {

std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> words;
  std::string key = text::title_key(s);
  size_t start = 0;
  while (start < key.size()) {
    size_t end = key.find(' ', start);
    if (end == std::string::npos) end = key.size();
    if (end > start) words.push_back(key.substr(start, end - start));
    start = end + 1;
  }
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

bool all_initials(std::string_view part) {
  // "J", "J.", "M. J.", "MJ", "J.-P." : letters never longer than two in a row.
  int run = 0, letters = 0;
  for (unsigned char c : part) {
    bool letter = c >= 0x80 || std::isalpha(c);
    run = letter ? run + 1 : 0;
    letters += letter;
    if (run > 2) return false;
  }
  return letters > 0;
}

bool is_et_al(std::string_view part) {
  std::string key = text::title_key(part);
  return key == "et al" || key == "others" || key == "et al al" || key == "etal";
}

// One conjunction-separated piece may still hold several comma-separated names.
void split_piece(std::string_view piece, std::vector<std::string>& out) {
  auto parts = split_commas(piece);
  if (parts.empty()) return;
  bool whole_names = std::all_of(parts.begin(), parts.end(), [](std::string_view p) {
    return p.find(' ') != std::string_view::npos && !all_initials(p);
  });
  if (parts.size() == 1 || whole_names) {
    for (auto p : parts) out.emplace_back(p);
    return;
  }
  // "Last, F., Last, G." or "Last, Given Names": a one-word part that is
  // not initials is a surname, and the part after it its given names.
  for (size_t i = 0; i < parts.size(); ++i) {
    bool surname = !all_initials(parts[i]) && i + 1 < parts.size() &&
                   (parts[i].find(' ') == std::string_view::npos || all_initials(parts[i + 1]));
    if (surname && i + 1 < parts.size()) {
      out.push_back(std::string(parts[i]) + ", " + std::string(parts[i + 1]));
      ++i;
    } else {
      out.emplace_back(parts[i]);
    }
  }
}

}  // namespace

std::vector<std::string> split_author_string(std::string_view s) {
  std::vector<std::string> names;
  for (auto piece : split_on_conjunctions(s)) split_piece(piece, names);
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
    auto words = words_of(name);
    if (words.empty()) return out;
    // "Zhai QJ" (surname then initials) against "Q. J. Zhai".
    std::string original(name);
    auto last_part =
        original.substr(original.find_last_of(' ') == std::string::npos ? 0 : original.find_last_of(' ') + 1);
    if (words.size() >= 2 && all_initials(last_part) && !all_initials(original.substr(0, original.find(' ')))) {
      surname_words.assign(words.begin(), words.end() - 1);
      given_words.assign(words.end() - 1, words.end());
    } else {
      // Surname particles ("van", "de", "le") belong to the surname.
      size_t first = words.size() - 1;
      static const char* particles[] = {"van", "von", "de", "der", "den", "del", "della", "di",
                                        "da",  "le",  "la", "du",  "dos", "das", "ter",   "ten"};
      while (first > 0 && std::any_of(std::begin(particles), std::end(particles),
                                      [&](const char* p) { return words[first - 1] == p; }))
        --first;
      surname_words.assign(words.begin() + static_cast<long>(first), words.end());
      given_words.assign(words.begin(), words.begin() + static_cast<long>(first));
    }
  }
  std::string surname;
  for (const auto& w : surname_words) surname += w;
  if (surname.empty()) return out;
  out.surname = static_cast<uint32_t>(text::hash64(surname));
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
      if (is_et_al(n)) {
        list.truncated = true;
        continue;
      }
      std::string_view name = n;
      if (name.size() > 7 && text::title_key(name).ends_with(" et al")) {
        list.truncated = true;
        name = name.substr(0, name.rfind("et al"));
      }
      AuthorName parsed = parse_author_name(name);
      if (parsed.surname) list.names.push_back(parsed);
    }
  }
  return list;
}

double author_similarity(const AuthorList& a, const AuthorList& b) {
  if (a.names.empty() || b.names.empty()) return -1.0;
  std::vector<bool> used(b.names.size(), false);
  size_t matched = 0;
  for (const auto& x : a.names) {
    for (size_t j = 0; j < b.names.size(); ++j) {
      const auto& y = b.names[j];
      if (used[j] || x.surname != y.surname) continue;
      if (x.initial && y.initial && x.initial != y.initial) continue;
      used[j] = true;
      ++matched;
      break;
    }
  }
  double m = static_cast<double>(matched);
  if (a.truncated || b.truncated) return m / static_cast<double>(std::min(a.names.size(), b.names.size()));
  return 2.0 * m / static_cast<double>(a.names.size() + b.names.size());
}

}  // namespace ream::dedupe
