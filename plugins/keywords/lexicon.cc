// Word analysis: fold, classify, stem, intern; cached per surface form.
//
// ASCII words, the vast majority in English abstracts, are folded with a
// byte loop; anything else goes through ICU full case folding with NFKC
// first (so "ﬁlter" and "filter" meet).  Snowball stems the folded form.
#include "lexicon.hh"

#include <libstemmer.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace ream::keywords {

namespace {

// Two or more capitals and no lower-case letter: "SBC", "FFT", "GPU".
bool looks_like_acronym(std::string_view w) {
  int upper = 0;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
    upper += c >= 'A' && c <= 'Z';
  }
  return upper >= 2;
}

// A lower-case word ending in a plural or third-person -s; not -ss, -us,
// -is, -ics, -ous, -as ("process", "corpus", "analysis", "physics",
// "gas"), not hyphenated, not a possessive.
bool looks_like_s_form(std::string_view w) {
  if (w.size() < 4 || w.back() != 's' || w.find_first_of("-'") != std::string_view::npos) return false;
  if (w.front() < 'a' || w.front() > 'z') return false;  // names and acronyms: "CMOS", "Texas"
  for (std::string_view end : {"ss", "us", "is", "ics", "ous", "as"})
    if (w.ends_with(end)) return false;
  return true;
}

}  // namespace

uint32_t TermTable::intern(std::string_view stem) {
  if (auto it = ids_.find(stem); it != ids_.end()) return it->second;
  auto id = static_cast<uint32_t>(stems_.size());
  stems_.emplace_back(stem);
  ids_.emplace(std::string(stem), id);
  return id;
}

uint32_t TermTable::find(std::string_view stem) const {
  auto it = ids_.find(stem);
  return it == ids_.end() ? kNone : it->second;
}

Lexicon::Lexicon(Stoplist stoplist, TermTable& terms)
    : stoplist_(std::move(stoplist)), terms_(terms), stemmer_(sb_stemmer_new("english", "UTF_8")) {
  if (!stemmer_) throw std::runtime_error("cannot create the Snowball English stemmer");
  // Asked for now, not at the first non-ASCII word: ICU builds the shared
  // instance on first use, and a lexicon made before the workers start
  // (see the plugin's Workers) makes that use happen before they do.
  UErrorCode status = U_ZERO_ERROR;
  nfkc_ = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) nfkc_ = nullptr;
}

Lexicon::~Lexicon() { sb_stemmer_delete(stemmer_); }

std::string Lexicon::fold(std::string_view word) const {
  bool ascii = true;
  for (char c : word) ascii &= static_cast<unsigned char>(c) < 0x80;
  std::string out;
  if (ascii) {
    out.resize(word.size());
    for (size_t i = 0; i < word.size(); ++i) {
      char c = word[i];
      out[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  if (nfkc_) text = nfkc_->normalize(text, status);
  text.foldCase();
  text.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x2019)), icu::UnicodeString(u'\''));
  text.toUTF8String(out);
  return out;
}

std::string Lexicon::stem(std::string_view folded) {
  const sb_symbol* s =
      sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(folded.data()), static_cast<int>(folded.size()));
  if (!s) return std::string(folded);  // out of memory in libstemmer: fall back to the word itself
  return std::string(reinterpret_cast<const char*>(s), static_cast<size_t>(sb_stemmer_length(stemmer_)));
}

WordInfo Lexicon::lookup(std::string_view word, uint64_t hash) {
  if (const WordInfo* known = cache_.find(word, hash)) return *known;
  if (cache_.size() >= kCacheLimit || cache_.bytes() + word.size() > kCacheBytesLimit) cache_.clear();
  std::string folded = fold(word);
  WordClassInfo known = stoplist_.lookup(folded);
  if (known.word_class == WordClass::content && looks_like_acronym(word)) known.pos = PartOfSpeech::noun;
  WordInfo info{terms_.intern(stem(folded)), known.word_class, known.cue, known.pos,
                looks_like_s_form(word),     case_shape(word)};
  cache_.insert(word, hash, info);
  return info;
}

}  // namespace ream::keywords
