// The syntax of one BibTeX @-item, as a Boost.Spirit X3 grammar.
//
// The grammar reads what is written and nothing more: the entry type, the
// citation key, and each field as a list of value pieces (braced text,
// quoted text, a bare number, a macro name) joined by '#'.  Expanding
// macros, converting TeX and mapping fields is the caller's business
// (bibtex.cc), so the grammar stays small and its failures are purely
// syntactic: where the text stopped making sense and what was expected.
#ifndef REAM_IMPORT_BIBTEX_GRAMMAR_HH
#define REAM_IMPORT_BIBTEX_GRAMMAR_HH

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ream::import::bibtex {

struct ValuePiece {
  enum class Kind { kText, kMacro };
  Kind kind = Kind::kText;
  std::string_view text;  // without its braces or quotes; a view into the input
};

struct RawField {
  std::string_view name;  // as written; empty for the value of @preamble
  std::vector<ValuePiece> pieces;
};

enum class ItemKind { kEntry, kString, kPreamble, kComment };

struct RawItem {
  ItemKind kind = ItemKind::kEntry;
  std::string_view type;  // as written: "Article", "string"
  std::string_view key;
  std::vector<RawField> fields;  // for @string, the macro definitions
  size_t end = 0;                // offset just past the item
};

struct ParseOutcome {
  enum class Status {
    kParsed,
    kNotAnItem,  // an '@' not followed by a word and '{' or '(': free text
    kFailed,
  };
  Status status = Status::kNotAnItem;
  RawItem item;          // for kFailed, as much as was read (type, key)
  size_t error_at = 0;   // kFailed: offset where the text stopped fitting
  std::string expected;  // kFailed: what the grammar wanted there
};

// Matching braces of a whole text, found once in a linear pass so that
// skipping a braced value costs a lookup rather than a scan; that keeps
// resynchronisation after errors from going quadratic on garbage full of
// unbalanced braces.
class BraceIndex {
 public:
  explicit BraceIndex(std::string_view text);
  // Offset of the '}' closing the '{' at `open`, or npos if none does.
  size_t close_of(size_t open) const;
  const char* base() const { return base_; }

 private:
  const char* base_;
  std::vector<std::pair<size_t, size_t>> pairs_;  // (open, close), by open
};

// Reads the @-item starting at text[at] == '@'.
ParseOutcome parse_item(std::string_view text, const BraceIndex& braces, size_t at);

}  // namespace ream::import::bibtex

#endif
