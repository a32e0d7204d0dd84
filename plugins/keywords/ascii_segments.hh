// Word segments of ASCII text without ICU, identical to ICU's.
//
// English abstracts are nearly all ASCII, and on them ICU's rule-driven
// word iterator was the largest single cost of the stage.  Restricted to
// ASCII, the UAX #29 word rules that ICU's root locale applies are few:
// letters (ICU adds "@" to them) and digits join (WB5, WB8-WB10); "." and "'" join two letters
// (WB6/7); ".", "'", "," and ";" join two digits (WB11/12); runs of
// spaces are one segment (WB3d); CR LF is one segment (WB3); everything
// else stands alone.  A segment's rule status follows its last
// character: "letters" when it ends in a letter, "number" when it ends
// in a digit (so ICU calls "MP3" a number, and so does this).  Text outside that subset (any
// byte above 0x7f, or "_", whose ExtendNumLet rules give statuses that
// depend on the order of letters and digits) is left to ICU, so the
// fast path never has to guess.  Unit tests and the tokenizer fuzzer
// check it against ICU segment by segment.
#ifndef REAM_KEYWORDS_ASCII_SEGMENTS_HH
#define REAM_KEYWORDS_ASCII_SEGMENTS_HH

#include <cstdint>
#include <string_view>
#include <vector>

namespace ream::keywords {

// What a word-iterator segment holds, from its ICU rule status.
enum class SegmentKind : uint8_t { letters, number, other };

struct Segment {
  uint32_t begin;  // byte offsets
  uint32_t end;
  SegmentKind kind;
};

// Appends the segments of `text` to `out` and returns true, or returns
// false, leaving `out` alone, when the text needs ICU.
bool segment_ascii(std::string_view text, std::vector<Segment>& out);

}  // namespace ream::keywords

#endif
