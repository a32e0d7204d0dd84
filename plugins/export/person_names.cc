// Splitting personal names (see person_names.hh).
#include "person_names.hh"

#include <vector>

namespace ream::exporting {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  for (;;) {
    size_t at = s.find(sep);
    std::string_view piece = trim(s.substr(0, at));
    if (!piece.empty()) out.push_back(piece);
    if (at == std::string_view::npos) return out;
    s.remove_prefix(at + 1);
  }
}

std::string join(const std::vector<std::string_view>& words, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

// BibTeX's test for a "von" word: it starts with a lower-case letter.
// Non-ASCII initials count as upper case, which is right for names such
// as "Ólafsson" and merely keeps rare lower-case ones in the family name.
bool is_particle(std::string_view word) { return !word.empty() && word.front() >= 'a' && word.front() <= 'z'; }

bool is_suffix(std::string_view word) {
  for (std::string_view s : {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "V"})
    if (word == s) return true;
  return false;
}

// "von Last" -> particle and family.
void split_von_last(std::string_view text, PersonName& n) {
  std::vector<std::string_view> words = split(text, ' ');
  size_t von_end = 0;
  for (size_t i = 0; i + 1 < words.size(); ++i)
    if (is_particle(words[i])) von_end = i + 1;
  n.particle = join(words, 0, von_end);
  n.family = join(words, von_end, words.size());
}

// "Barnes and Noble": BibTeX would read two people.
bool has_lone_and(std::string_view s) {
  for (size_t at = s.find("and"); at != std::string_view::npos; at = s.find("and", at + 1)) {
    bool alone_before = at == 0 || s[at - 1] == ' ';
    bool alone_after = at + 3 == s.size() || s[at + 3] == ' ';
    if (alone_before && alone_after) return true;
  }
  return false;
}

}  // namespace

PersonName split_name(std::string_view name) {
  PersonName n;
  name = trim(name);
  if (has_lone_and(name)) {
    n.literal = std::string(name);
    return n;
  }
  std::vector<std::string_view> parts = split(name, ',');
  if (parts.size() >= 3) {  // "von Last, Jr, First"
    split_von_last(parts[0], n);
    n.suffix = parts[1];
    n.given = join(parts, 2, parts.size());
    return n;
  }
  if (parts.size() == 2) {
    if (is_suffix(parts[1])) {  // "Martin Luther King, Jr."
      n = split_name(parts[0]);
      if (n.literal.empty())
        n.suffix = parts[1];
      else
        n.literal = std::string(name);
      return n;
    }
    split_von_last(parts[0], n);
    n.given = parts[1];
    return n;
  }
  std::vector<std::string_view> words = split(name, ' ');
  if (words.size() < 2) {
    n.literal = std::string(name);
    return n;
  }
  size_t last = words.size() - 1;
  if (is_suffix(words[last]) && words.size() >= 3) n.suffix = words[last--];
  // The first lower-case word after the given names starts the particle.
  size_t von = last;
  for (size_t i = 1; i < last; ++i)
    if (is_particle(words[i])) {
      von = i;
      break;
    }
  n.given = join(words, 0, von);
  n.particle = join(words, von, last);
  n.family = std::string(words[last]);
  return n;
}

std::string full_family(const PersonName& n) {
  if (!n.literal.empty()) return n.literal;
  return n.particle.empty() ? n.family : n.particle + " " + n.family;
}

}  // namespace ream::exporting
