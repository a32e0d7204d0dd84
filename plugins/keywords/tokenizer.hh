// Words and phrase boundaries of a UTF-8 text, by ICU break iterators.
//
// The word iterator finds words (UAX #29, with dictionaries for CJK and
// Thai); the sentence iterator finds sentence ends, which "e.g." and
// decimal points do not fool.  Hyphenated words are rejoined ("long-term"
// is one word, as keyphrase gold treats it), a possessive "'s" is cut off,
// and every punctuation mark, bracket and sentence end becomes a boundary
// token, because no keyphrase spans one.
//
// Both iterators are made once and re-pointed at each text through a
// UTF-8 UText, so offsets are byte offsets into the caller's string and
// nothing is converted to UTF-16.
#ifndef REAM_KEYWORDS_TOKENIZER_HH
#define REAM_KEYWORDS_TOKENIZER_HH

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace ream::keywords {

enum class TokenKind : uint8_t { word, number, boundary };

struct Token {
  uint32_t begin;  // byte offsets into the text
  uint32_t end;
  TokenKind kind;
};

class Tokenizer {
 public:
  Tokenizer();
  ~Tokenizer();
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // Append the tokens of `text` to `out`, ending with a boundary.  Texts
  // longer than 4 GiB are cut (offsets are 32-bit).
  void tokenize(std::string_view text, std::vector<Token>& out);

 private:
  void collect_sentence_ends();
  void push_boundary(std::vector<Token>& out, uint32_t at);

  std::unique_ptr<icu::BreakIterator> words_;
  std::unique_ptr<icu::BreakIterator> sentences_;
  UText* utext_ = nullptr;
  std::vector<uint32_t> sentence_ends_;
};

}  // namespace ream::keywords

#endif
