// Titles as dedupe sees them: a match key, its words, and what kind of
// item the title names (a Part of a series, an erratum, a generic heading).
#ifndef REAM_DEDUPE_TITLE_KEY_HH
#define REAM_DEDUPE_TITLE_KEY_HH

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ream::dedupe {

// Items that answer or amend another paper and so share its title words.
enum class Notice : uint8_t { none, erratum, retraction, reply, comment };

std::string_view notice_name(Notice n);

struct TitleInfo {
  std::string key;              // ream::text::title_key, plus bracketed notes dropped
  std::vector<uint32_t> words;  // sorted, unique hashes of the key's words
  int part = 0;                 // "Part II" -> 2; 0 when none
  // Sorted numbers that tell siblings of a series apart ("FOCUS 2", "Part
  // II", "Study B"); empty for most titles.
  std::vector<uint16_t> numbers;
  Notice notice = Notice::none;
  bool generic = false;  // "Editorial", "Preface", very short titles
  bool heading = false;  // a column heading: "Editorial", "Editor's Notes"
};

TitleInfo analyse_title(std::string_view title);

// Two titles of one series with different numbers: each has numbers and
// neither's numbers include the other's ("FOCUS 1" against "FOCUS 2", but
// not "Part 2" against "Part 2, 3 trials").
bool numbered_siblings(const TitleInfo& a, const TitleInfo& b);

// A title field that ran on into the venue, as badly split citations
// leave it: "a general lower bound on ... learning. information and
// computation," or "'rigorous learning curve bounds' proceedings of
// colt-94,".  The split is at the first sentence end (or closing quote of
// a quoted title) after three words or more.
struct TitleWithTail {
  std::string title, tail;
  bool quoted = false;  // the quotes mark where the title ends
};
std::optional<TitleWithTail> split_title_tail(std::string_view title);

// Similarity of two title keys in [0, 1]: the better of word overlap
// (Dice) and character edit similarity, so that both dropped words and
// typos score high.
double title_similarity(const TitleInfo& a, const TitleInfo& b);

// Share of the shorter title's words found in the longer one: a title
// with its subtitle dropped is contained in the full one.
double title_containment(const TitleInfo& a, const TitleInfo& b);

// 1 - edit distance / longer length, where an edit is an insertion,
// deletion, substitution or swap of neighbouring characters.
double edit_similarity(std::string_view a, std::string_view b);

}  // namespace ream::dedupe

#endif
