// What the extractor knows about each distinct word it has seen.
//
// Every word is case-folded, classified by the stoplist and stemmed with
// the Snowball English stemmer; the stem is interned as a term id, so
// "network" and "Networks" are one term for the graph, the document
// frequencies and the near-repeat check.  Folding and stemming are the
// costly steps, so the result is cached per surface form: each distinct
// word is analysed once per run.  The cache grows with the vocabulary,
// like the document-frequency table, not with the stream; it is emptied
// when it passes a size limit.
#ifndef REAM_KEYWORDS_LEXICON_HH
#define REAM_KEYWORDS_LEXICON_HH

#include "stoplist.hh"
#include "surface_form.hh"
#include "word_cache.hh"

#include <unicode/normalizer2.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sb_stemmer;

namespace ream::keywords {

// Stems interned as dense ids, shared by the lexicon and the DF table.
class TermTable {
 public:
  uint32_t intern(std::string_view stem);
  // The id of `stem`, or kNone when it was never seen.
  uint32_t find(std::string_view stem) const;
  const std::string& stem(uint32_t id) const { return stems_[id]; }
  size_t size() const { return stems_.size(); }
  static constexpr uint32_t kNone = UINT32_MAX;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> ids_;
  std::vector<std::string> stems_;
};

struct WordInfo {
  uint32_t term;
  WordClass word_class;
  Cue cue;
  PartOfSpeech pos;  // acronyms ("SBC", "FFT") are nouns whatever their suffix
  bool s_form;       // ends in an -s that may be a plural or a verb's ("matches", "records")
  CaseShape shape;   // of the word as written, kept here so it is found once per surface form
};

class Lexicon {
 public:
  Lexicon(Stoplist stoplist, TermTable& terms);
  ~Lexicon();
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // The analysis of one word token as written in the text.
  WordInfo lookup(std::string_view word) { return lookup(word, WordCache<WordInfo>::hash_of(word)); }
  // The same with the word's hash known, after prefetch(hash).
  WordInfo lookup(std::string_view word, uint64_t hash);
  void prefetch(uint64_t hash) const { cache_.prefetch(hash); }
  // The case-folded form of a word (apostrophes unified).
  std::string fold(std::string_view word) const;
  std::string stem(std::string_view folded);

 private:
  static constexpr size_t kCacheLimit = 1 << 20;
  static constexpr size_t kCacheBytesLimit = size_t{1} << 30;  // arena offsets are 32-bit

  Stoplist stoplist_;
  TermTable& terms_;
  sb_stemmer* stemmer_;
  const icu::Normalizer2* nfkc_;  // ICU's shared instance; null if ICU cannot give it
  WordCache<WordInfo> cache_;
};

}  // namespace ream::keywords

#endif
