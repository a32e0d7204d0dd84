// Analysis of a record's fields into slots; see document.hh.
#include "document.hh"

namespace ream::keywords {

void Document::clear() {
  fields.clear();
  slots.clear();
  node_terms.clear();
  words = 0;
}

uint32_t DocumentAnalyzer::node_of(uint32_t term, Document& doc) {
  if (term >= node_by_term_.size()) node_by_term_.resize(term + 1 + term / 2, Slot::kNoNode);
  uint32_t& node = node_by_term_[term];
  if (node == Slot::kNoNode) {
    node = static_cast<uint32_t>(doc.node_terms.size());
    doc.node_terms.push_back(term);
  }
  return node;
}

void DocumentAnalyzer::analyse(std::span<const Field> fields, Document& doc) {
  doc.clear();
  doc.fields.assign(fields.begin(), fields.end());
  for (uint16_t f = 0; f < fields.size() && doc.words < max_words_; ++f) {
    tokens_.clear();
    previous_cue_ = Cue::none;  // a cue does not reach into the next field, nor the next record
    tokenizer_.tokenize(fields[f].text, tokens_);
    boilerplate_.find(fields[f].text, skipped_);
    // The words' cache slots are asked for ahead: the lookups below then
    // find them loaded instead of each waiting on memory in turn.
    word_hashes_.resize(tokens_.size());
    for (size_t i = 0; i < tokens_.size(); ++i) {
      const Token& t = tokens_[i];
      if (t.kind != TokenKind::word) continue;
      word_hashes_[i] = WordCache<WordInfo>::hash_of(fields[f].text.substr(t.begin, t.end - t.begin));
      lexicon_.prefetch(word_hashes_[i]);
    }
    auto skip = skipped_.begin();
    for (size_t i = 0; i < tokens_.size(); ++i) {
      const Token& t = tokens_[i];
      // Boilerplate sentences leave no trace: no slot, no word count.
      while (skip != skipped_.end() && skip->end <= t.begin) ++skip;
      if (skip != skipped_.end() && skip->begin <= t.begin) continue;
      Slot slot{Slot::kNoNode, doc.words, t.begin, t.end, f, WordClass::stop, t.kind != TokenKind::word};
      if (t.kind != TokenKind::boundary) ++doc.words;
      if (t.kind != TokenKind::word) previous_cue_ = Cue::none;
      if (t.kind == TokenKind::number) slot.boundary = true;  // numbers break phrases
      if (t.kind == TokenKind::word) {
        WordInfo info = lexicon_.lookup(fields[f].text.substr(t.begin, t.end - t.begin), word_hashes_[i]);
        slot.word_class = info.word_class;
        slot.pos = info.pos;
        slot.s_form = info.s_form;
        slot.shape = info.shape;
        // A clause starts at a field start, after punctuation, or after a
        // function word that is not a determiner.
        slot.after_function_word = doc.slots.empty() || doc.slots.back().field != f || doc.slots.back().boundary ||
                                   (doc.slots.back().word_class == WordClass::stop && previous_cue_ != Cue::determiner);
        if (previous_cue_ == Cue::subject || previous_cue_ == Cue::modal) slot.verb_like = true;
        if (previous_cue_ == Cue::auxiliary && (info.pos == PartOfSpeech::gerund || info.pos == PartOfSpeech::modifier))
          slot.verb_like = true;
        if (info.cue == Cue::determiner && !doc.slots.empty() && !doc.slots.back().boundary)
          doc.slots.back().verb_like = true;
        previous_cue_ = info.cue;
        if (info.word_class != WordClass::stop) slot.node = node_of(info.term, doc);
      }
      doc.slots.push_back(slot);
      if (doc.words >= max_words_) break;
    }
  }
  if (doc.slots.empty() || !doc.slots.back().boundary)
    doc.slots.push_back({Slot::kNoNode, doc.words, 0, 0, 0, WordClass::stop, true});
  for (uint32_t term : doc.node_terms) node_by_term_[term] = Slot::kNoNode;
}

}  // namespace ream::keywords
