// Stopword file parsing and the rule-based word classes.
//
// The file is sectioned ([stop], [generic], [leading], [noun], ...) so
// that one list serves both phrase boundaries and the softer roles; see
// en.txt.  Any plain "-ly" word is taken for an adverb ("highly"), and the
// nouns and adjectives among them ("family", "early") are listed.
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

WordClassInfo section(std::string_view name, std::string_view origin, size_t line) {
  if (name == "stop") return {WordClass::stop, Cue::none, PartOfSpeech::noun};
  if (name == "determiner") return {WordClass::stop, Cue::determiner, PartOfSpeech::noun};
  if (name == "subject") return {WordClass::stop, Cue::subject, PartOfSpeech::noun};
  if (name == "modal") return {WordClass::stop, Cue::modal, PartOfSpeech::noun};
  if (name == "auxiliary") return {WordClass::stop, Cue::auxiliary, PartOfSpeech::noun};
  if (name == "generic") return {WordClass::generic, Cue::none, PartOfSpeech::noun};
  if (name == "leading") return {WordClass::leading, Cue::none, PartOfSpeech::modifier};
  if (name == "noun") return {WordClass::content, Cue::none, PartOfSpeech::noun};
  if (name == "adjective") return {WordClass::content, Cue::none, PartOfSpeech::modifier};
  if (name == "verb") return {WordClass::content, Cue::none, PartOfSpeech::verb};
  throw DataError(
      "unknown stopword section [" + std::string(name) +
          "] (expected stop, determiner, subject, modal, auxiliary, generic, leading, noun, adjective or verb)",
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
  WordClassInfo current{WordClass::stop, Cue::none, PartOfSpeech::noun};
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
    auto [known, added] = out.words_.emplace(std::string(line), current);
    if (!added && current.cue != Cue::none) known->second.cue = current.cue;
  }
  return out;
}

Stoplist Stoplist::builtin() { return parse(kBuiltinStopwords, "builtin stopwords"); }

WordClassInfo Stoplist::lookup(std::string_view folded) const {
  if (auto it = words_.find(folded); it != words_.end()) return it->second;
  if (looks_like_adverb(folded)) return {WordClass::stop, Cue::none, PartOfSpeech::noun};
  // Single letters are variables and list labels ("x", "a)"), never topics.
  if (folded.size() == 1) return {WordClass::stop, Cue::none, PartOfSpeech::noun};
  return {WordClass::content, Cue::none, guess_part_of_speech(folded)};
}

PartOfSpeech guess_part_of_speech(std::string_view w) {
  // A hyphenated word takes the class of its last part ("data-driven").
  if (size_t hyphen = w.rfind('-'); hyphen != std::string_view::npos && hyphen + 1 < w.size()) w = w.substr(hyphen + 1);
  static constexpr std::array<std::string_view, 6> kVerb = {"ize", "izes", "ise", "ises", "ify", "ifies"};
  static constexpr std::array<std::string_view, 9> kModifier = {"ous",  "ive", "al",   "ic", "able",
                                                                "ible", "ful", "less", "ed"};
  if (w.size() < 4) return PartOfSpeech::noun;
  if (ends_with(w, "ing") && w.size() >= 6) return PartOfSpeech::gerund;
  if (ends_with(w, "eed")) return PartOfSpeech::noun;  // "speed", "seed"
  for (auto suffix : kModifier)
    if (ends_with(w, suffix)) return PartOfSpeech::modifier;
  if (w.size() >= 6)
    for (auto suffix : kVerb)
      if (ends_with(w, suffix)) return PartOfSpeech::verb;
  return PartOfSpeech::noun;
}

bool looks_like_adverb(std::string_view w) {
  // Hyphenated -ly words are adjectives ("user-friendly"); the nouns and
  // adjectives among plain ones are listed in the stopword file.
  return w.size() >= 5 && ends_with(w, "ly") && w.find('-') == std::string_view::npos;
}

}  // namespace ream::keywords
