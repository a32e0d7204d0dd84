// The decision for one candidate pair, with the evidence behind it.
#ifndef REAM_DEDUPE_PAIR_SCORE_HH
#define REAM_DEDUPE_PAIR_SCORE_HH

#include <string_view>

#include "record_fields.hh"
#include "vetoes.hh"

namespace ream::dedupe {

enum class Decision : uint8_t { distinct, match, conflict };

std::string_view decision_name(Decision d);

// The rules that can match a pair, as --report and --explain name them.
// The matcher ranks pairs by them, so they are named once, here.
namespace match_rule {
constexpr std::string_view identifier = "identifier";
constexpr std::string_view title = "title";
constexpr std::string_view title_fields = "title+fields";
constexpr std::string_view contained_title_fields = "contained-title+fields";
// Work level only: a shortened title of one paper in another venue.
constexpr std::string_view contained_title_authors = "contained-title+authors";
constexpr std::string_view title_authors_venue = "similar-title+authors+venue";
// Not a rule of score_pair: a pair it left open, matched by the weights
// of the fields together (Matcher::match_by_weights).
constexpr std::string_view weights = "match weights";
constexpr std::string_view generic_title_fields = "generic-title+fields";
// Not a rule of score_pair: the matcher's own, for a record that repeats
// a paper remembered from an earlier run field for field.
constexpr std::string_view remembered_copy = "same fields as a paper of an earlier run";
}  // namespace match_rule

// Why score_pair left a pair distinct for want of evidence rather than
// because something spoke against it: the pairs the match weights may
// still join (Matcher::match_by_weights).  Named once, here.
namespace wanting_reason {
constexpr std::string_view similar_title = "similar title without corroboration";
constexpr std::string_view similar_title_authors = "similar title, authors differ or unknown";
constexpr std::string_view authors = "authors differ";
}  // namespace wanting_reason

struct Evidence {
  Decision decision = Decision::distinct;
  // For a match one of match_rule; otherwise why not.
  std::string_view rule;
  FieldComparison fields;
  VetoResult vetoes;
  MatchLevel level = MatchLevel::publication;
};

Evidence score_pair(const Features& a, const Features& b, MatchLevel level = MatchLevel::publication);

}  // namespace ream::dedupe

#endif
