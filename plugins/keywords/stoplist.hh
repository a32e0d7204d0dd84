// Word classes for candidate selection, read from a stopword file.
//
// Without a part-of-speech tagger, a keyphrase is a run of words that are
// not function words, verbs or boilerplate.  The stopword file (format in
// share/ream/stopwords/en.txt) sorts words into classes; numbers and -ly
// adverbs are recognised by rule so the list stays short and general.
#ifndef REAM_KEYWORDS_STOPLIST_HH
#define REAM_KEYWORDS_STOPLIST_HH

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ream::keywords {

enum class WordClass : uint8_t {
  content,  // may be anywhere in a phrase
  stop,     // ends a phrase, never part of one
  generic,  // inside a longer phrase only ("finite element method")
  leading,  // stripped from the start of a phrase ("new", "various")
};

// Function words that hint at the part of speech of a neighbour, which
// stands in for a tagger: a word right before a determiner is a verb or a
// preposition ("exploits the"), a word right after a subject pronoun is a
// verb ("which exploits").  Cue words are also stop words.
enum class Cue : uint8_t { none, determiner, subject };

class Stoplist {
 public:
  // Parse the stopword file format; throws ream::DataError naming `origin`
  // and the line for an unknown section.
  static Stoplist parse(std::string_view text, std::string_view origin);
  // The list compiled into the plugin (a copy of share/ream/stopwords/en.txt
  // taken at build time).
  static Stoplist builtin();

  // The class of a case-folded word.
  WordClass classify(std::string_view folded) const;
  Cue cue(std::string_view folded) const;
  size_t size() const { return words_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, WordClass, Hash, std::equal_to<>> words_;
  std::unordered_map<std::string, Cue, Hash, std::equal_to<>> cues_;
};

// True for words that an English -ly suffix marks as adverbs ("widely",
// "efficiently") while leaving nouns such as "family" or "assembly" alone.
bool looks_like_adverb(std::string_view folded);

}  // namespace ream::keywords

#endif
