// Tokenisation with ICU break iterators; see tokenizer.hh for the shape.
//
// The word iterator reports each segment's rule status: letters, kana and
// ideographs are words, numbers are numbers, and the rest is white space
// (skipped) or punctuation (a boundary).  A hyphen between two words that
// touch it joins them; anything else that is not a word breaks a phrase.
#include "tokenizer.hh"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <limits>
#include <stdexcept>
#include <string>

namespace ream::keywords {

namespace {

std::unique_ptr<icu::BreakIterator> make_iterator(bool sentences) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale& root = icu::Locale::getRoot();
  std::unique_ptr<icu::BreakIterator> it(sentences ? icu::BreakIterator::createSentenceInstance(root, status)
                                                   : icu::BreakIterator::createWordInstance(root, status));
  if (U_FAILURE(status) || !it) throw std::runtime_error(std::string("ICU break iterator: ") + u_errorName(status));
  return it;
}

// Hyphen-minus, hyphen and non-breaking hyphen, as UTF-8.
bool is_hyphen(std::string_view s) { return s == "-" || s == "\u2010" || s == "\u2011"; }

bool all_space(std::string_view s) {
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c >= 0 && !u_isUWhiteSpace(c) && !(u_charType(c) == U_FORMAT_CHAR)) return false;
  }
  return true;
}

// Length of a trailing possessive ('s or ’s) on a word, or 0.
uint32_t possessive_length(std::string_view w) {
  if (w.size() > 2 && w.substr(w.size() - 2) == "'s") return 2;
  if (w.size() > 4 && w.substr(w.size() - 4) == "\u2019s") return 4;
  return 0;
}

}  // namespace

Tokenizer::Tokenizer() : words_(make_iterator(false)), sentences_(make_iterator(true)) {}

Tokenizer::~Tokenizer() {
  if (utext_) utext_close(utext_);
}

void Tokenizer::push_boundary(std::vector<Token>& out, uint32_t at) {
  if (!out.empty() && out.back().kind == TokenKind::boundary) return;
  out.push_back({at, at, TokenKind::boundary});
}

void Tokenizer::collect_sentence_ends() {
  sentence_ends_.clear();
  UErrorCode status = U_ZERO_ERROR;
  sentences_->setText(utext_, status);
  if (U_FAILURE(status)) return;
  for (int32_t end = sentences_->next(); end != icu::BreakIterator::DONE; end = sentences_->next())
    sentence_ends_.push_back(static_cast<uint32_t>(end));
}

void Tokenizer::tokenize(std::string_view text, std::vector<Token>& out) {
  if (text.size() > std::numeric_limits<uint32_t>::max() / 2)
    text = text.substr(0, std::numeric_limits<uint32_t>::max() / 2);
  UErrorCode status = U_ZERO_ERROR;
  utext_ = utext_openUTF8(utext_, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU utext: ") + u_errorName(status));
  collect_sentence_ends();
  words_->setText(utext_, status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU word iterator: ") + u_errorName(status));

  size_t next_sentence = 0;
  uint32_t hyphen_end = 0;  // nonzero: the last word is followed by a hyphen ending here
  int32_t start = words_->first();
  for (int32_t end = words_->next(); end != icu::BreakIterator::DONE; start = end, end = words_->next()) {
    auto b = static_cast<uint32_t>(start), e = static_cast<uint32_t>(end);
    while (next_sentence < sentence_ends_.size() && sentence_ends_[next_sentence] <= b) {
      if (sentence_ends_[next_sentence] > 0) push_boundary(out, sentence_ends_[next_sentence]);
      ++next_sentence;
    }
    int32_t rule = words_->getRuleStatus();
    std::string_view piece = text.substr(b, e - b);
    bool letters = rule >= UBRK_WORD_LETTER, digits = !letters && rule >= UBRK_WORD_NUMBER;
    if (hyphen_end && hyphen_end == b && (letters || digits) && out.back().kind == TokenKind::word) {
      out.back().end = e;  // "long" "-" "term" -> "long-term", "COVID" "-" "19" -> "COVID-19"
      hyphen_end = 0;
      continue;
    }
    if (hyphen_end) push_boundary(out, hyphen_end);  // a dangling hyphen: "pre- and post-"
    hyphen_end = 0;
    if (letters) {
      out.push_back({b, e, TokenKind::word});
      if (uint32_t cut = possessive_length(piece)) {
        out.back().end -= cut;
        push_boundary(out, e);
      }
    } else if (digits) {
      out.push_back({b, e, TokenKind::number});
    } else if (is_hyphen(piece) && !out.empty() && out.back().kind == TokenKind::word && out.back().end == b) {
      hyphen_end = e;
    } else if (!all_space(piece)) {
      push_boundary(out, b);
    }
  }
  push_boundary(out, static_cast<uint32_t>(text.size()));
}

}  // namespace ream::keywords
