// Field-by-field comparison of two records, and the vetoes that keep
// look-alike records apart.
#ifndef REAM_DEDUPE_VETOES_HH
#define REAM_DEDUPE_VETOES_HH

#include <cstdint>
#include <string_view>

#include "record_fields.hh"

namespace ream::dedupe {

// What counts as one paper.  Publication (a review team's notion): a
// preprint, a conference paper and its journal version are three items.
// Work: the versions of one paper are one, so the vetoes that tell
// versions apart (years, pages) apply only within one venue (one_venue).
enum class MatchLevel : uint8_t { publication, work };

std::string_view level_name(MatchLevel level);

// Venue similarity from which two venues count as the same.
constexpr double kSameVenue = 0.6;

enum class PageRelation : uint8_t { unknown, same, overlap, disjoint };
enum class FieldRelation : uint8_t { unknown, same, different };

// How two records compare, field by field.  Similarities are in [0, 1],
// -1 when a side lacks the field.
struct FieldComparison {
  bool same_arxiv = false, same_doi = false;
  bool arxiv_differs = false, doi_differs = false;
  bool both_titled = false;
  bool exact_title = false;
  double title = 0, containment = 0;
  size_t shorter_title_words = 0;  // distinct words of the shorter title
  double authors = -1, venue = -1, abstract = -1;
  // A side's author list was cut short ("et al."), so `authors` measures
  // only the names written, not the whole list.
  bool authors_cut_short = false;
  int year_gap = -1;
  PageRelation pages = PageRelation::unknown;
  FieldRelation volume = FieldRelation::unknown;
  FieldRelation issue = FieldRelation::unknown;
  // Every name of the shorter author list is in the longer one
  // (names_contained): a list cut short without an "et al.".
  bool authors_contained = false;
  bool pages_missing = false;   // a side has no pages at all
  size_t shorter_authors = 0;   // names in the shorter author list
  bool column_heading = false;  // a side's title is a column heading
  // Both name a venue, one a meeting's proceedings and the other not (a
  // journal, a preprint server, a report series): alike words ("Information
  // Systems") do not make a conference and a journal one venue.
  bool venue_kinds_differ = false;

  bool id_match() const { return same_arxiv || same_doi; }
};

FieldComparison compare_fields(const Features& a, const Features& b);

// Both records name a venue, and the same one.  At work level the
// versions of a paper differ in venue (or a side does not say), while
// two items of one venue that another year, volume, issue or pages place
// apart are a periodical's recurring items: a monthly column, an annual
// editorial, a conference's yearly preface.
inline bool one_venue(const FieldComparison& c) { return c.venue >= kSameVenue && !c.venue_kinds_differ; }

// One bit per veto, in the order they are checked.
enum Veto : uint32_t {
  kIdentifierConflict = 1u << 0,  // same id, clearly different titles: reported, never merged
  kDifferentIdentifiers = 1u << 1,
  kYearGap = 1u << 2,         // more than one year apart, no shared id
  kPagesDisjoint = 1u << 3,   // page ranges that do not meet, no shared id
  kPartMismatch = 1u << 4,    // numbered siblings: "Part I" against "Part II", "FOCUS 1" against "FOCUS 2"
  kNoticeMismatch = 1u << 5,  // erratum, retraction, reply or comment against anything else
  kGenericTitle = 1u << 6,    // "Editorial": the title alone proves nothing
};
constexpr uint32_t kAllVetoes = (1u << 7) - 1;

std::string_view veto_name(Veto v);

struct VetoResult {
  uint32_t checked = 0;  // vetoes that applied to this pair
  uint32_t fired = 0;
};

// Checks every veto on a compared pair.  kGenericTitle fires when either
// title is generic; the scorer then asks for more evidence instead of
// refusing outright.
VetoResult check_vetoes(const Features& a, const Features& b, const FieldComparison& c,
                        MatchLevel level = MatchLevel::publication);

// The vetoes that no amount of other evidence overrides in a direct
// comparison of two records.
constexpr uint32_t kPairVetoes =
    kIdentifierConflict | kDifferentIdentifiers | kYearGap | kPagesDisjoint | kPartMismatch | kNoticeMismatch;

// The vetoes that also keep two clusters from joining through a third
// record.  Identifier conflicts, parts and notices say the items are
// different things, so no chain may join them.  A year gap or disjoint
// pages might look like noise a chain could bridge (a conference and a
// journal version cited with and without a year), but measured they are
// not: records without year or pages match both versions of a paper, and
// letting them bridge welds conference and journal versions together
// (cora pairwise precision 0.92 -> 0.85 for the year gap, -> 0.83 for
// both).  So every pair veto blocks transitive joins too.
constexpr uint32_t kHardVetoes = kPairVetoes;

// The vetoes that tell versions of one paper apart (a conference paper
// and its journal version): at work level they are evidence, not vetoes,
// except between two records of one venue (one_venue).
constexpr uint32_t kVersionVetoes = kYearGap | kPagesDisjoint;

// A print of everything the hard vetoes read: identifiers, year, pages,
// part and notice, and the title key when there is an identifier (only an
// identifier match compares titles for a veto).  Two records with equal
// profiles meet the hard vetoes alike against any third record, so a
// cluster needs to be checked once per distinct profile, not per member.
uint64_t veto_profile(const Features& f);

}  // namespace ream::dedupe

#endif
