// Tokenisation with the ICU word break iterator; see tokenizer.hh for the shape.
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

#include <cstring>
#include <limits>
#include <stdexcept>
#include <string>

namespace ream::keywords {

namespace {

std::unique_ptr<icu::BreakIterator> make_word_iterator() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || !it) throw std::runtime_error(std::string("ICU break iterator: ") + u_errorName(status));
  return it;
}

// Hyphen-minus, hyphen and non-breaking hyphen, as UTF-8.
bool is_hyphen(std::string_view s) { return s == "-" || s == "\u2010" || s == "\u2011"; }

bool all_space(std::string_view s) {
  if (s.size() == 1 && static_cast<unsigned char>(s[0]) < 0x80) return s[0] == ' ' || (s[0] >= '\t' && s[0] <= '\r');
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c >= 0 && !u_isUWhiteSpace(c) && !(u_charType(c) == U_FORMAT_CHAR)) return false;
  }
  return true;
}

// UAX #29 sentence rule SB4: a sentence ends after CR, LF, NEL, LS or
// PS.  The word iterator gives each of them a segment of its own.
bool is_paragraph_separator(std::string_view s) {
  return s == "\n" || s == "\r" || s == "\r\n" || s == "\u0085" || s == "\u2028" || s == "\u2029";
}

// Length of a trailing possessive ('s or ’s) on a word, or 0.
uint32_t possessive_length(std::string_view w) {
  if (w.size() > 2 && w.substr(w.size() - 2) == "'s") return 2;
  if (w.size() > 4 && w.substr(w.size() - 4) == "\u2019s") return 4;
  return 0;
}

}  // namespace

Tokenizer::Tokenizer() : words_(make_word_iterator()) {}

Tokenizer::~Tokenizer() {
  if (utext_) utext_close(utext_);
}

void Tokenizer::push_boundary(std::vector<Token>& out, uint32_t at) {
  if (!out.empty() && out.back().kind == TokenKind::boundary) return;
  out.push_back({at, at, TokenKind::boundary});
}

void Tokenizer::widen(std::string_view text) {
  utf16_.clear();
  byte_offsets_.clear();
  bool ascii = true;
  for (char c : text) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    utf16_.assign(text.begin(), text.end());
    return;
  }
  int32_t i = 0, n = static_cast<int32_t>(text.size());
  while (i < n) {
    auto start = static_cast<uint32_t>(i);
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    if (c < 0) c = 0xfffd;  // as ICU's UTF-8 UText reads an ill-formed sequence
    if (c > 0xffff) {
      utf16_.push_back(U16_LEAD(c));
      byte_offsets_.push_back(start);
      c = U16_TRAIL(c);
    }
    utf16_.push_back(static_cast<UChar>(c));
    byte_offsets_.push_back(start);
  }
  byte_offsets_.push_back(static_cast<uint32_t>(n));
}

uint32_t Tokenizer::byte_offset(int32_t utf16_index) const {
  return byte_offsets_.empty() ? static_cast<uint32_t>(utf16_index) : byte_offsets_[static_cast<size_t>(utf16_index)];
}

void Tokenizer::icu_segments(std::string_view text, std::vector<Segment>& out) {
  widen(text);
  UErrorCode status = U_ZERO_ERROR;
  utext_ = utext_openUChars(utext_, utf16_.data(), static_cast<int64_t>(utf16_.size()), &status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU utext: ") + u_errorName(status));
  words_->setText(utext_, status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU word iterator: ") + u_errorName(status));
  int32_t start = words_->first();
  for (int32_t end = words_->next(); end != icu::BreakIterator::DONE; start = end, end = words_->next()) {
    int32_t rule = words_->getRuleStatus();
    SegmentKind kind = rule >= UBRK_WORD_LETTER   ? SegmentKind::letters
                       : rule >= UBRK_WORD_NUMBER ? SegmentKind::number
                                                  : SegmentKind::other;
    out.push_back({byte_offset(start), byte_offset(end), kind});
  }
}

void Tokenizer::chunk_segments(std::string_view text, const Chunk& c, std::vector<Segment>& out) {
  std::string_view chunk = text.substr(c.begin, c.end - c.begin);
  if (chunk.size() > kMaxCachedChunkBytes) {
    size_t from = out.size();
    icu_segments(chunk, out);
    for (size_t i = from; i < out.size(); ++i) out[i].begin += c.begin, out[i].end += c.begin;
    return;
  }
  const CachedChunk* cached = chunk_cache_.find(chunk, c.hash);
  if (!cached) {
    if (chunk_cache_.size() >= kMaxCachedChunks) {
      chunk_cache_.clear();
      chunk_segments_.clear();
    }
    chunk_scratch_.clear();
    icu_segments(chunk, chunk_scratch_);
    CachedChunk entry{static_cast<uint32_t>(chunk_segments_.size()), static_cast<uint16_t>(chunk_scratch_.size()),
                      chunk_scratch_.size() == 1 ? chunk_scratch_[0].kind : SegmentKind::other};
    if (entry.count == 1) {
      entry.first = 0;  // the segment is the whole chunk: nothing stored beside the slot
    } else {
      chunk_segments_.insert(chunk_segments_.end(), chunk_scratch_.begin(), chunk_scratch_.end());
    }
    chunk_cache_.insert(chunk, c.hash, entry);
    cached = chunk_cache_.find(chunk, c.hash);
  }
  if (cached->count == 1) {
    out.push_back({c.begin, c.end, cached->single_kind});
    return;
  }
  for (uint32_t i = cached->first; i < cached->first + cached->count; ++i) {
    const Segment& s = chunk_segments_[i];
    out.push_back({s.begin + c.begin, s.end + c.begin, s.kind});
  }
}

void Tokenizer::find_chunks(std::string_view text) {
  chunks_.clear();
  auto ascii = [&](size_t i) { return static_cast<unsigned char>(text[i]) < 0x80; };
  auto add = [&](size_t begin, size_t end, bool spaces) {
    uint64_t hash = 0;
    if (!spaces && end - begin <= kMaxCachedChunkBytes) {
      hash = WordCache<CachedChunk>::hash_of(text.substr(begin, end - begin));
      chunk_cache_.prefetch(hash);
    }
    chunks_.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end), spaces, hash});
  };
  const size_t n = text.size();
  size_t chunk = 0, search = 0;
  while (search < n) {
    const void* found = std::memchr(text.data() + search, ' ', n - search);
    if (!found) break;
    size_t space = static_cast<size_t>(static_cast<const char*>(found) - text.data()), after = space;
    while (after < n && text[after] == ' ') ++after;
    search = after;
    // Only a space run with ASCII on both sides is certainly a segment of its own (WB3d, WB4).
    if ((space > 0 && !ascii(space - 1)) || (after < n && !ascii(after))) continue;
    if (space > chunk) add(chunk, space, false);
    add(space, after, true);
    chunk = after;
  }
  if (chunk < n) add(chunk, n, false);
}

void Tokenizer::segments(std::string_view text, std::vector<Segment>& out) {
  // All chunks are found and their cache slots asked for first, so that
  // the lookups do not wait on memory one after another.
  find_chunks(text);
  for (const Chunk& c : chunks_) {
    if (c.spaces)
      out.push_back({c.begin, c.end, SegmentKind::other});
    else
      chunk_segments(text, c, out);
  }
}

void Tokenizer::tokenize(std::string_view text, std::vector<Token>& out) {
  if (text.size() > std::numeric_limits<uint32_t>::max() / 2)
    text = text.substr(0, std::numeric_limits<uint32_t>::max() / 2);
  segments_.clear();
  segments(text, segments_);

  uint32_t hyphen_end = 0;  // nonzero: the last word is followed by a hyphen ending here
  for (const Segment& segment : segments_) {
    uint32_t b = segment.begin, e = segment.end;
    std::string_view piece = text.substr(b, e - b);
    bool letters = segment.kind == SegmentKind::letters, digits = segment.kind == SegmentKind::number;
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
    } else if (!all_space(piece) || is_paragraph_separator(piece)) {
      push_boundary(out, b);
    }
  }
  push_boundary(out, static_cast<uint32_t>(text.size()));
}

}  // namespace ream::keywords
