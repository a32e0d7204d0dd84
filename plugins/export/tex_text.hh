// Record text as the value of a BibTeX field, read back exactly.
//
// A value is written inside braces, so whatever the text holds must leave
// the braces balanced and must not be read as TeX it is not:
//   - the ten special characters & % $ # _ { } ~ ^ \ become \& ... or a
//     text command (\textbackslash{}); braces are written \{ \} when the
//     text's own braces pair up and \textbraceleft{} / \textbraceright{}
//     when they do not, because BibTeX counts a brace even after a
//     backslash and one unpaired \{ would swallow the rest of the file;
//   - ligatures TeX would make are broken with {}: "--" is written -{}-
//     (BibTeX readers turn -- into an en dash), '' and `` likewise;
//   - control characters and line breaks become spaces.
// UTF-8 passes through by default (biber and BibTeX 0.99d read it).  With
// `ascii`, ICU decomposes each letter (NFD) and its combining marks become
// TeX accents ({\'e}, {\v{c}}), the letters ASCII lacks their control
// words ({\ss}, {\o}), typographic punctuation its TeX spelling (--, ``),
// Greek letters math commands; a character with no TeX spelling is kept
// as UTF-8 and counted, so the stage can say how many there were.
// Titles may also get their capitals protected: a word with a capital
// after its first letter ("DNA", "WonderJourney") is braced, so a style
// that lower-cases titles leaves it alone (what Better BibTeX does).
#ifndef REAM_EXPORT_TEX_TEXT_HH
#define REAM_EXPORT_TEX_TEXT_HH

#include <cstdint>
#include <string>
#include <string_view>

namespace ream::exporting {

class TexText {
 public:
  explicit TexText(bool ascii) : ascii_(ascii) {}

  // Text for a field value (without the surrounding braces).
  std::string text(std::string_view s, bool protect_capitals = false);
  // A title whose case-protecting braces ream import recorded ("The
  // {BERT} Model", ream-record(5) `title_protected`): the braces are kept
  // as braces and the text between them escaped.  "" when the braces do
  // not pair up or the text is not `title` once they are removed (another
  // stage changed the title): then the caller protects by word shape.
  std::string protected_title(std::string_view title_protected, std::string_view title);
  // An identifier (DOI, URL, eprint) as written: only what would break the
  // value (braces, backslash, white space, controls) is percent-encoded.
  static std::string verbatim(std::string_view s);

  // Characters written as UTF-8 under `ascii` for want of a TeX spelling.
  uint64_t unencodable() const { return unencodable_; }

 private:
  void put(std::string& out, std::string_view piece);
  void word(std::string& out, std::string_view w, bool braces_pair);
  void ascii_char(std::string& out, std::u32string_view cluster, bool braces_pair);
  void special(std::string& out, char c, bool braces_pair);

  bool ascii_;
  uint64_t unencodable_ = 0;
};

// True when the braces in `s` pair up (never more closed than opened, all
// closed at the end).
bool braces_pair(std::string_view s);

}  // namespace ream::exporting

#endif
