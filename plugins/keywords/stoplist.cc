// Stopword file parsing and the rule-based word classes.
//
// The file is sectioned ([stop], [generic], [leading]) so that one list
// serves both phrase boundaries and the softer roles; see en.txt.  The
// adverb rule uses suffixes, not a dictionary: "-ly" alone would also
// catch "family", "assembly" and "anomaly", so only suffixes that are
// (almost) always adverbial are accepted.
#include "stoplist.hh"

#include <ream/lines.hpp>

#include <unicode/utf8.h>
#include <ream/plugin.hpp>

#include <array>

namespace ream::keywords {

extern const char kBuiltinStopwords[];  // generated from en.txt by CMake

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

struct Section {
  WordClass word_class;
  Cue cue;
};

Section section(std::string_view name, std::string_view origin, size_t line) {
  if (name == "stop") return {WordClass::stop, Cue::none};
  if (name == "determiner") return {WordClass::stop, Cue::determiner};
  if (name == "subject") return {WordClass::stop, Cue::subject};
  if (name == "generic") return {WordClass::generic, Cue::none};
  if (name == "leading") return {WordClass::leading, Cue::none};
  throw DataError(
      "unknown stopword section [" + std::string(name) + "] (expected stop, determiner, subject, generic or leading)",
      std::string(origin), line);
}

// A stopword list is text: a binary file or a file in another encoding
// given by mistake is refused at its first bad line, not read as words.
void check_text_line(std::string_view line, std::string_view origin, size_t line_no) {
  for (int32_t i = 0, n = static_cast<int32_t>(line.size()); i < n;) {
    UChar32 c;
    U8_NEXT(line.data(), i, n, c);
    if (c < 0) throw DataError("not a stopword list: invalid UTF-8", std::string(origin), line_no);
  }
  for (unsigned char c : line)
    if (c < 0x20 && c != '\t')
      throw DataError("not a stopword list: control character (a binary file?)", std::string(origin), line_no);
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

Stoplist Stoplist::parse(std::string_view text, std::string_view origin) {
  Stoplist out;
  Section current{WordClass::stop, Cue::none};
  for (auto [line, line_no] : ream::Lines(text)) {
    check_text_line(line, origin, line_no);
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = trim(line);
    if (line.empty()) continue;
    if (line.front() == '[' && line.back() == ']') {
      current = section(line.substr(1, line.size() - 2), origin, line_no);
      continue;
    }
    // The first class a word is given wins: a boundary stays a boundary.
    out.words_.emplace(std::string(line), current.word_class);
    if (current.cue != Cue::none) out.cues_.emplace(std::string(line), current.cue);
  }
  return out;
}

Stoplist Stoplist::builtin() { return parse(kBuiltinStopwords, "builtin stopwords"); }

WordClass Stoplist::classify(std::string_view folded) const {
  if (auto it = words_.find(folded); it != words_.end()) return it->second;
  if (looks_like_adverb(folded)) return WordClass::stop;
  // Single letters are variables and list labels ("x", "a)"), never topics.
  if (folded.size() == 1) return WordClass::stop;
  return WordClass::content;
}

Cue Stoplist::cue(std::string_view folded) const {
  auto it = cues_.find(folded);
  return it == cues_.end() ? Cue::none : it->second;
}

bool looks_like_adverb(std::string_view w) {
  static constexpr std::array<std::string_view, 17> kSuffixes = {"ally",  "ely",   "ntly", "ctly", "stly", "htly",
                                                                 "rly",   "ously", "ibly", "ably", "edly", "ingly",
                                                                 "fully", "ssly",  "sily", "dily", "vily"};
  if (w.size() < 5) return false;
  for (auto suffix : kSuffixes)
    if (ends_with(w, suffix)) return true;
  return false;
}

}  // namespace ream::keywords
