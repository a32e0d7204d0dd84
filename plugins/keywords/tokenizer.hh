// Words and phrase boundaries of a UTF-8 text, by the ICU word break
// iterator.
//
// The word iterator finds words (UAX #29, with dictionaries for CJK and
// Thai).  Hyphenated words are rejoined ("long-term" is one word, as
// keyphrase gold treats it), a possessive "'s" is cut off, and every
// punctuation mark, bracket, line break and sentence end becomes a
// boundary token, because no keyphrase spans one.
//
// Sentence ends need no sentence iterator: a UAX #29 sentence break
// always follows a terminator (. ? ! and their kin in other scripts) or a
// paragraph separator, and the word iterator already reports the first as
// punctuation and the second as a line-break segment.  The sentence
// iterator's real skill, not breaking after "e.g." or in "3.5", matters
// only for where a sentence ends, and every full stop is a phrase
// boundary anyway.  Dropping it saved a sixth of the run time.
//
// Every text goes through ICU, ASCII included: a hand-written ASCII
// segmenter that copied ICU's rules was faster still (5.9 s against 7.1 s
// of CPU for 100,000 abstracts) but the project does not keep its own
// copy of Unicode's rules, and ICU alone is well above the speed target.
// The iterator is made once and re-pointed at each other text.
//
// ICU is asked about each space-separated chunk once, not about every
// occurrence: a run of ASCII spaces between two ASCII characters (or a
// text end) is always a segment of its own under UAX #29 (no rule joins
// a space to a neighbour other than another space, WB3d, or a following
// Extend/Format/ZWJ mark, WB4, which is never ASCII), and ICU restarts at
// every boundary, so the segments of a chunk read alone are those ICU
// gives it inside the whole text.  The segments of short chunks are kept
// in a bounded cache by their bytes; words repeat (Zipf), so most chunks
// of a stream are found there.  The segments are still ICU's own: a unit
// test and the fuzzer compare chunked and whole-text segmentation.  The text is
// widened to UTF-16 first: ICU's iterator reads UTF-16 in place through
// an inline fast path, while a UTF-8 UText converts small chunks through
// a callback, which cost more than the copy.  A table maps UTF-16 indices
// back to byte offsets (ASCII text needs none), so tokens still give byte
// offsets into the caller's string.
#ifndef REAM_KEYWORDS_TOKENIZER_HH
#define REAM_KEYWORDS_TOKENIZER_HH

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "word_cache.hh"

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace ream::keywords {

enum class TokenKind : uint8_t { word, number, boundary };

// What a word-iterator segment holds, from its ICU rule status.
enum class SegmentKind : uint8_t { letters, number, other };

struct Segment {
  uint32_t begin;  // byte offsets
  uint32_t end;
  SegmentKind kind;
};

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
  // ICU's word segments of `text`, appended to `out`: the whole text in
  // one pass.
  void icu_segments(std::string_view text, std::vector<Segment>& out);
  // The same segments, chunk by chunk through the cache (see above).
  void segments(std::string_view text, std::vector<Segment>& out);

 private:
  // Most chunks are one segment (a plain word): then its kind is kept in
  // the slot itself and chunk_segments_, another cache miss, is not read.
  struct CachedChunk {
    uint32_t first = 0;  // in chunk_segments_
    uint16_t count = 0;
    SegmentKind single_kind = SegmentKind::other;  // when count == 1
  };
  static constexpr size_t kMaxCachedChunkBytes = 64;
  static constexpr size_t kMaxCachedChunks = 1 << 16;  // then the cache starts afresh: memory stays flat

  struct Chunk {
    uint32_t begin, end;  // byte offsets
    bool spaces;          // a run of spaces, a segment of its own
    uint64_t hash;        // of the chunk's bytes, when short enough to be cached
  };

  void find_chunks(std::string_view text);
  void chunk_segments(std::string_view text, const Chunk& chunk, std::vector<Segment>& out);
  void widen(std::string_view text);
  uint32_t byte_offset(int32_t utf16_index) const;
  void push_boundary(std::vector<Token>& out, uint32_t at);

  std::unique_ptr<icu::BreakIterator> words_;
  UText* utext_ = nullptr;
  std::vector<UChar> utf16_;
  std::vector<Segment> segments_;
  std::vector<uint32_t> byte_offsets_;  // per UTF-16 unit, plus the end; empty for ASCII text
  std::vector<Chunk> chunks_;
  std::vector<Segment> chunk_scratch_;
  WordCache<CachedChunk> chunk_cache_;
  std::vector<Segment> chunk_segments_;  // offsets relative to their chunk's start
};

}  // namespace ream::keywords

#endif
