// Scoring one candidate pair.
//
// The rules are ordered from the strongest evidence down, and each names
// what it needed, so that --report and --explain can say why two records
// were merged.  A shared identifier decides unless a veto says the items
// differ in kind.  Otherwise the title carries the match and the other
// fields must not contradict it; the weaker the title agreement, the more
// corroboration (authors, venue, pages, volume, abstract) is asked for.
// Precision comes first: a pair that is merely plausible stays apart.
#include "pair_score.hh"

#include <algorithm>

namespace ream::dedupe {
namespace {

constexpr double kNearIdenticalTitle = 0.95;
constexpr double kSimilarTitle = 0.80;
// Near-identical titles need more than half the names to pair up: author
// strings mangled by an export ("Goicoechea de, Jorge E.") can cost a
// few names, but half a list is what two papers of one group share.
constexpr double kMostAuthors = 0.51;

// Evidence beyond title and authors that the two are one publication.
bool corroborated(const FieldComparison& c) {
  return c.venue >= 0.6 || c.pages == PageRelation::same || c.pages == PageRelation::overlap ||
         c.volume == FieldRelation::same || c.abstract >= 0.5;
}

// Stronger evidence for weaker titles: the same pages or the same
// abstract.  Venue and volume are not enough, because a conference
// abstract and the full paper often appear in one journal volume.
bool same_text(const FieldComparison& c) {
  return c.pages == PageRelation::same || c.pages == PageRelation::overlap || c.abstract >= 0.5;
}

// Every word of a title long enough to name one paper reappears in the
// other: "Experiments with a new boosting algorithm" inside "Some
// experiments with a new boosting algorithm" or a title with an editor's
// name run on.  With the same authors and venue that is one paper; three
// words ("Deep Residual Learning") are too few to say so.  "The same
// authors" means whole lists: two abstracts of one group in one
// supplement ("Factor H autoantibodies in aHUS" and "Factor H
// autoantibodies in aHUS correlate with ...") share a title stem and the
// first names, which is all an "et al." list shows.
bool whole_title_contained(const FieldComparison& c) {
  return c.containment >= 1.0 && c.shorter_title_words >= 4 && !c.authors_cut_short;
}

// A list cut short without "et al." (Scholar keeps a few names) agrees
// with the full one as far as it goes.
bool authors_disagree(const FieldComparison& c, double needed) {
  return c.authors >= 0 && c.authors < needed && !c.authors_contained;
}

// At work level, a version under a shortened title ("Boosting performance
// in neural networks", the journal version of "Improving performance in
// neural networks using a boosting algorithm"; a thesis title cut before
// its series): every word of a title long enough to name one paper in the
// other, in another venue or where a side names none (within one venue
// there are no versions, and contained-title+fields decides).  A shortened
// title says less than a near-identical one, so it asks for more than the
// work rule for those:
// - the author lists the same name for name, not 80% of them (a group's
//   reviews "Atypical hemolytic uremic syndrome" and "Transplantation in
//   atypical hemolytic uremic syndrome" share most names);
// - a side without pages, and a side without venue or without year: the
//   short title is a citation's, as a reference list writes one.  Two
//   listings that each give venue and year are two items their sources
//   list apart under two titles: one group's reviews on their own pages
//   ("Hemolytic uremic syndrome recurrence after renal transplantation",
//   "Recurrence of ... after renal transplantation"), one study's
//   abstracts at two congresses ("... interim analysis", "... interim
//   efficacy and safety analysis").  That also keeps apart a Cochrane
//   review and its journal article, which a work is meant to join: the
//   price of not joining a group's look-alike items.
bool shortened_title_version(const FieldComparison& c) {
  bool citation_side = c.venue < 0 || c.year_gap < 0;
  return whole_title_contained(c) && c.authors >= 1.0 && c.pages_missing && citation_side && !one_venue(c);
}

// A title long enough to name one paper, in the same venue and the same
// year, in a listing without pages or abstract: the author field is what
// went wrong (a scrape that kept a department, "ACMS Anthology" or given
// names as surnames).  Where pages or abstracts are there, authors that
// differ are a second paper under the same title.
bool named_in_one_venue_and_year(const FieldComparison& c) {
  return c.shorter_title_words >= 5 && c.venue >= kSameVenue && c.year_gap == 0 && c.pages_missing && c.abstract < 0;
}

// The same title printed in another venue with no authors to compare: a
// journal-club summary or a digest entry under the original's title.
bool title_reprinted_elsewhere(const FieldComparison& c) {
  return c.authors < 0 && c.venue >= 0 && c.venue < 0.2 && c.year_gap != 0;
}

Evidence decide(Evidence e) {
  const FieldComparison& c = e.fields;
  uint32_t fired = e.vetoes.fired;
  auto verdict = [&](Decision d, std::string_view rule) {
    e.decision = d;
    e.rule = rule;
    return e;
  };
  if (c.id_match()) {
    if (fired & (kIdentifierConflict | kPartMismatch | kNoticeMismatch))
      return verdict(Decision::conflict, "identifier shared by different items");
    return verdict(Decision::match, match_rule::identifier);
  }
  if (fired & kPairVetoes) return verdict(Decision::distinct, "veto");
  if (!c.both_titled) return verdict(Decision::distinct, "no title to compare");

  bool generic = fired & kGenericTitle;
  if (generic) {
    // One column of a periodical per issue ("Editor's Notes", "Chair's
    // Message"): the same title, author, venue and year, another issue.
    // Only here: for a title that names one paper, issue numbers are too
    // often an erratum's or a supplement's to outweigh the rest.
    if (c.issue == FieldRelation::different) return verdict(Decision::distinct, "generic title, different issue");
    // The title says nothing; everything else has to agree.
    // For a column heading the same venue is no evidence: a column recurs
    // in every issue of its periodical, by the same editor, under the same
    // heading.  A short title ("The NAOS System") may name one paper.
    bool same_item = c.column_heading ? same_text(c) || c.issue == FieldRelation::same : corroborated(c);
    if (c.exact_title && c.authors >= 0.8 && c.year_gap == 0 && same_item)
      return verdict(Decision::match, match_rule::generic_title_fields);
    return verdict(Decision::distinct, "generic title without corroboration");
  }
  bool work = e.level == MatchLevel::work;
  if (c.title >= kNearIdenticalTitle) {
    if (authors_disagree(c, kMostAuthors) && !named_in_one_venue_and_year(c))
      return verdict(Decision::distinct, wanting_reason::authors);
    // Versions of one paper: the same title and authors in another venue
    // (or a side names none), whatever the year, volume or pages.  Whole
    // author lists, since a title is all that two abstracts of one group
    // may share besides their first names.  Within one venue there are no
    // versions, only items a venue prints once each, so the publication
    // rules below decide: another volume is the column of another issue.
    if (work && c.authors >= 0.8 && !one_venue(c)) return verdict(Decision::match, match_rule::title);
    if (c.volume == FieldRelation::different) return verdict(Decision::distinct, "different volume");
    if (title_reprinted_elsewhere(c)) return verdict(Decision::distinct, "same title in another venue, no authors");
    if (c.year_gap == 1 && !(c.authors >= 0.8 && corroborated(c)))
      return verdict(Decision::distinct, "a year apart without corroboration");
    return verdict(Decision::match, match_rule::title);
  }
  bool subtitle = c.containment >= 0.9 && c.title >= 0.6;
  if (c.title >= kSimilarTitle || subtitle) {
    if (c.authors < 0.6 && !(c.authors >= 0 && c.authors_contained))
      return verdict(Decision::distinct, wanting_reason::similar_title_authors);
    if (c.year_gap > 0 && !work) return verdict(Decision::distinct, "similar title, years differ");
    if (same_text(c)) return verdict(Decision::match, match_rule::title_fields);
    // No pages or abstract to compare (a bibliography database's listing;
    // two lone pages of one supplement are two abstracts):
    // a title that differs by a word or a typo, every author of the shorter
    // list and the same venue, in a year that does not differ.
    if (c.title >= kSimilarTitle && (c.authors >= 0.8 || c.authors_contained) && c.venue >= kSameVenue &&
        c.pages_missing && c.abstract < 0)
      return verdict(Decision::match, match_rule::title_authors_venue);
    if (whole_title_contained(c) && c.authors >= 0.8 && c.venue >= kSameVenue)
      return verdict(Decision::match, match_rule::contained_title_fields);
    if (work && shortened_title_version(c)) return verdict(Decision::match, match_rule::contained_title_authors);
    return verdict(Decision::distinct, wanting_reason::similar_title);
  }
  return verdict(Decision::distinct, "titles differ");
}

}  // namespace

std::string_view decision_name(Decision d) {
  switch (d) {
    case Decision::match:
      return "match";
    case Decision::conflict:
      return "conflict";
    case Decision::distinct:
      break;
  }
  return "distinct";
}

Evidence score_pair(const Features& a, const Features& b, MatchLevel level) {
  Evidence e;
  e.level = level;
  e.fields = compare_fields(a, b);
  e.vetoes = check_vetoes(a, b, e.fields, level);
  return decide(e);
}

}  // namespace ream::dedupe
