// One record's text as the extractor sees it: a sequence of slots.
//
// A slot is a word (with its term, class and place in its field) or a
// boundary.  Words that can be part of a keyphrase (everything but stop
// words) also get a dense per-document id, `node`, which indexes the word
// graph and the per-term arrays; that keeps the per-record work free of
// hash maps after analysis.
#ifndef REAM_KEYWORDS_DOCUMENT_HH
#define REAM_KEYWORDS_DOCUMENT_HH

#include "boilerplate.hh"
#include "lexicon.hh"
#include "tokenizer.hh"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace ream::keywords {

struct Field {
  std::string_view text;
  bool title;  // title words count more
};

struct Slot {
  static constexpr uint32_t kNoNode = UINT32_MAX;
  uint32_t node;      // per-document id of a phrase word; kNoNode for stop words and boundaries
  uint32_t position;  // index among all words of the document
  uint32_t begin;     // bytes in the field's text
  uint32_t end;
  uint16_t field;
  WordClass word_class;
  bool boundary;
  PartOfSpeech pos = PartOfSpeech::noun;
  bool s_form = false;               // see WordInfo
  CaseShape shape;                   // see WordInfo
  bool verb_like = false;            // next to a cue word that marks it as a verb
  bool after_function_word = false;  // starts a clause: after punctuation or a non-determiner stop word
};

struct Document {
  std::vector<Field> fields;
  std::vector<Slot> slots;
  std::vector<uint32_t> node_terms;  // node -> global term id
  uint32_t words = 0;                // words seen, stop words included

  void clear();
  bool is_title(const Slot& s) const { return fields[s.field].title; }
  std::string_view text(const Slot& s) const { return fields[s.field].text.substr(s.begin, s.end - s.begin); }
};

// Turns fields into a Document, reusing its buffers across records.
class DocumentAnalyzer {
 public:
  // Documents are cut after `max_words` words: keyphrases sit early in a
  // text, and the cut bounds time and memory on pathological records.
  DocumentAnalyzer(Lexicon& lexicon, uint32_t max_words) : lexicon_(lexicon), max_words_(max_words) {}

  void analyse(std::span<const Field> fields, Document& doc);

 private:
  uint32_t node_of(uint32_t term, Document& doc);

  Lexicon& lexicon_;
  Tokenizer tokenizer_;
  BoilerplateFinder boilerplate_;
  std::vector<ByteRange> skipped_;
  uint32_t max_words_;
  std::vector<Token> tokens_;
  std::vector<uint64_t> word_hashes_;  // per token of tokens_, for word tokens
  Cue previous_cue_ = Cue::none;
  std::vector<uint32_t> node_by_term_;  // global term -> node, kNoNode when unused; reset per document
};

}  // namespace ream::keywords

#endif
