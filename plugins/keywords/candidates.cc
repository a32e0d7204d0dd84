// Candidate extraction; the rules are explained in candidates.hh.
#include "candidates.hh"

#include <algorithm>

namespace ream::keywords {

namespace {

bool phrase_word(const Slot& s) {
  return !s.boundary && s.word_class != WordClass::stop && !s.verb_like && s.pos != PartOfSpeech::verb;
}

// A phrase ends on its head noun: trailing adjectives and participles go.
uint32_t trim_modifiers(const Document& doc, uint32_t begin, uint32_t end) {
  while (end > begin && doc.slots[end - 1].pos == PartOfSpeech::modifier) --end;
  return end;
}

// An -ing form that starts a clause (after a preposition or conjunction,
// at a sentence or title start, after punctuation), with words after it,
// is a verb taking an object ("by watching gradient noise", "Extending
// CTL with actions").
bool leads_clause(const Document& doc, uint32_t begin, uint32_t end) {
  const Slot& s = doc.slots[begin];
  return s.pos == PartOfSpeech::gerund && s.after_function_word && end - begin >= 2;
}

// Emit [begin, end) and its right-anchored suffixes that start with a word
// allowed to start a phrase and contain at least one non-generic word.
void emit_suffixes(const Document& doc, uint32_t begin, uint32_t end, std::vector<Occurrence>& out) {
  bool has_specific = false;
  // Walk from the right so that "contains a specific word" is known for
  // each suffix; collect then reverse to list longest first.
  size_t mark = out.size();
  for (uint32_t first = end; first-- > begin;) {
    const Slot& s = doc.slots[first];
    has_specific |= s.word_class == WordClass::content;
    if (s.word_class == WordClass::leading || !has_specific) continue;
    out.push_back({first, static_cast<uint8_t>(end - first)});
  }
  std::reverse(out.begin() + static_cast<long>(mark), out.end());
}

void emit_run(const Document& doc, uint32_t begin, uint32_t end, std::vector<Occurrence>& out) {
  if (leads_clause(doc, begin, end)) ++begin;
  while (begin < end && doc.slots[begin].word_class == WordClass::leading) ++begin;
  end = trim_modifiers(doc, begin, end);
  if (end - begin <= kMaxPhraseWords) {  // most runs: one piece, nothing to collect
    if (end > begin) emit_suffixes(doc, begin, end, out);
    return;
  }
  // Cut long runs from the right; each piece is its own phrase.
  std::vector<std::pair<uint32_t, uint32_t>> pieces;
  while (end > begin) {
    uint32_t first = end - std::min<uint32_t>(end - begin, kMaxPhraseWords);
    pieces.emplace_back(first, end);
    end = first;
    while (end > begin && doc.slots[end - 1].word_class == WordClass::leading) --end;
    end = trim_modifiers(doc, begin, end);
  }
  for (auto it = pieces.rbegin(); it != pieces.rend(); ++it) emit_suffixes(doc, it->first, it->second, out);
}

}  // namespace

void find_candidates(const Document& doc, std::vector<Occurrence>& out) {
  out.clear();
  const auto n = static_cast<uint32_t>(doc.slots.size());
  // An -s form followed by a noun phrase is a verb ("attention matches
  // full attention"): English compounds take singular modifiers
  // ("candidate pair selection"), so a plural inside a run is rare.  One
  // followed only by modifiers is a noun ("signals corrupted").
  auto object_follows = [&](uint32_t i) {
    for (uint32_t j = i + 1; j < n && phrase_word(doc.slots[j]); ++j)
      if (doc.slots[j].pos != PartOfSpeech::modifier) return true;
    return false;
  };
  auto in_phrase = [&](uint32_t i) { return phrase_word(doc.slots[i]) && !(doc.slots[i].s_form && object_follows(i)); };
  uint32_t i = 0;
  while (i < n) {
    if (!in_phrase(i)) {
      ++i;
      continue;
    }
    uint32_t begin = i;
    while (i < n && in_phrase(i)) ++i;
    emit_run(doc, begin, i, out);
  }
}

}  // namespace ream::keywords
