// Word classes for candidate selection, read from a stopword file.
//
// Without a trained part-of-speech tagger, a keyphrase is a noun phrase
// found from word-class lists and English suffixes.  The stopword file
// (format in share/ream/stopwords/en.txt) sorts function words into
// classes and lists the content words whose suffix misleads ("signal" is
// a noun, "robust" an adjective, "alleges" a verb); the suffix rules below
// guess the rest, so the lists stay short and general.
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
// A modal or infinitive "to" is followed by a verb ("to manage", "can
// check"); an auxiliary by a participle or -ing form used as a verb ("has
// violated", "is watching").
enum class Cue : uint8_t { none, determiner, subject, modal, auxiliary };

// A content word's likely part of speech, from the lists or its suffix.
enum class PartOfSpeech : uint8_t {
  noun,      // may end a phrase or stand alone (unknown words land here)
  modifier,  // adjective or -ed participle: inside a phrase, never its head
  verb,      // ends a phrase, never part of one ("alleges", "optimize")
  gerund,    // -ing: a noun ("machine learning") unless it leads a clause
};

struct WordClassInfo {
  WordClass word_class = WordClass::content;
  Cue cue = Cue::none;
  PartOfSpeech pos = PartOfSpeech::noun;
};

class Stoplist {
 public:
  // Parse the stopword file format; throws ream::DataError naming `origin`
  // and the line for an unknown section.
  static Stoplist parse(std::string_view text, std::string_view origin);
  // The list compiled into the plugin (a copy of share/ream/stopwords/en.txt
  // taken at build time).
  static Stoplist builtin();

  // Everything the list and the rules say about a case-folded word.
  WordClassInfo lookup(std::string_view folded) const;
  // The class of a case-folded word.
  WordClass classify(std::string_view folded) const { return lookup(folded).word_class; }
  Cue cue(std::string_view folded) const { return lookup(folded).cue; }
  size_t size() const { return words_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, WordClassInfo, Hash, std::equal_to<>> words_;
};

// The part of speech an English suffix suggests for a content word that
// no list names: -ize/-ise/-ify verbs; -ous, -ive, -al, -ic, -able, -ible,
// -ful, -less adjectives and -ed participles are modifiers; -ing forms are
// gerunds; everything else (-tion, -ment, -ness, -ity and unknown words)
// is taken for a noun.
PartOfSpeech guess_part_of_speech(std::string_view folded);

// True for unhyphenated words of five letters or more ending in -ly
// ("widely", "highly"); the stopword file lists the exceptions ("family",
// "assembly", "early") as nouns or adjectives, and lists win.
bool looks_like_adverb(std::string_view folded);

}  // namespace ream::keywords

#endif
