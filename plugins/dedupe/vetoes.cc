// Vetoes: evidence that two records are different papers however alike
// their titles.
//
// A wrong merge loses a paper from a systematic review, so each veto names
// a way distinct papers come to look alike: two versions of a conference
// paper years apart, the parts of a series, an erratum printed under the
// original's title, a shared identifier pasted onto the wrong record.  An
// identifier match overrides the soft vetoes (year, pages), because
// preprint and journal dates and page styles differ for the same paper,
// but not the ones that say the items are different kinds.
#include "vetoes.hh"

#include <ream/text.hpp>

#include <algorithm>
#include <cstdlib>
#include <string>

namespace ream::dedupe {
namespace {

// A lone page number is often an abstract number, a first page, an
// article number in a supplement or the page of a correction notice:
// only two real ranges can be disjoint.
PageRelation compare_pages(PageRange a, PageRange b) {
  if (!a.known() || !b.known()) return PageRelation::unknown;
  if (a.first == b.first && a.last == b.last) return PageRelation::same;
  if (a.first <= b.last && b.first <= a.last) return PageRelation::overlap;
  if (a.first == a.last || b.first == b.last) return PageRelation::unknown;
  return PageRelation::disjoint;
}

// The volume's number, or 0: "vol. 44", "44(3)", "Drug Discovery. 9" and
// "44" are the same volume, whatever the citation style wrapped around it.
uint32_t volume_number(std::string_view key) {
  size_t start = key.find_first_of("0123456789");
  if (start == std::string_view::npos) return 0;
  uint32_t n = 0;
  for (size_t i = start; i < key.size() && key[i] >= '0' && key[i] <= '9' && n < 100000000; ++i)
    n = n * 10 + static_cast<uint32_t>(key[i] - '0');
  return n;
}

// Volumes and issues alike.  Numbers decide when both sides have one; free text ("eurocolt 93",
// "in press") only when it is identical, because its spelling varies more
// than the volume it names.
FieldRelation compare_volumes(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return FieldRelation::unknown;
  uint32_t na = volume_number(a), nb = volume_number(b);
  if (na && nb) return na == nb ? FieldRelation::same : FieldRelation::different;
  return a == b ? FieldRelation::same : FieldRelation::unknown;
}

// When one title ran on past its end, the title before the break is read
// instead of the whole if quotes marked that end, or if the run-on part
// opens with the other record's venue: that is what makes it a venue and
// not a subtitle.  Only the opening is compared, because what follows the
// venue (volume, pages, a typesetter's colophon) varies from copy to copy.
void read_swallowed_venue(const Features& a, const Features& b, FieldComparison& c) {
  const Features& run_on = a.swallowed ? a : b;
  const Features& other = a.swallowed ? b : a;
  if (!run_on.swallowed || other.swallowed || other.title.key.empty()) return;
  const SwallowedVenue& cut = *run_on.swallowed;
  size_t opening = std::min(cut.venue_words.size(), other.venue_words.size());
  std::vector<std::string> tail_opening(cut.venue_words.begin(), cut.venue_words.begin() + opening);
  double venue = venue_similarity(tail_opening, other.venue_words);
  if (venue < kSameVenue && !cut.quoted) return;
  double title = title_similarity(cut.title, other.title);
  if (title <= c.title) return;
  c.title = title;
  c.exact_title = cut.title.key == other.title.key;
  c.containment = title_containment(cut.title, other.title);
  c.shorter_title_words = std::min(cut.title.words.size(), other.title.words.size());
  if (venue >= kSameVenue) c.venue = venue;
}

}  // namespace

FieldComparison compare_fields(const Features& a, const Features& b) {
  FieldComparison c;
  c.same_arxiv = !a.arxiv.empty() && a.arxiv == b.arxiv;
  c.same_doi = !a.doi.empty() && a.doi == b.doi;
  c.arxiv_differs = !a.arxiv.empty() && !b.arxiv.empty() && a.arxiv != b.arxiv;
  c.doi_differs = !a.doi.empty() && !b.doi.empty() && a.doi != b.doi;
  c.both_titled = !a.title.key.empty() && !b.title.key.empty();
  if (c.both_titled) {
    c.exact_title = a.title.key == b.title.key;
    c.title = title_similarity(a.title, b.title);
    c.containment = title_containment(a.title, b.title);
    c.shorter_title_words = std::min(a.title.words.size(), b.title.words.size());
  }
  c.authors = author_similarity(a.authors, b.authors);
  c.authors_cut_short = a.authors.truncated || b.authors.truncated;
  c.authors_contained = names_contained(a.authors, b.authors);
  c.shorter_authors = std::min(a.authors.names.size(), b.authors.names.size());
  c.column_heading = a.title.heading || b.title.heading;
  c.venue = venue_similarity(a.venue_words, b.venue_words);
  c.venue_kinds_differ = c.venue >= 0 && a.venue_is_event != b.venue_is_event;
  // A meeting's short name inside its proceedings' full title, padded with
  // publisher, place and dates ("SIGMOD Conference" against "Proceedings
  // of the 1997 ACM SIGMOD international conference on ..."), counts as
  // the same venue.  Not a journal's: "Stroke" is not "Topics in Stroke
  // Rehabilitation".
  if (c.venue >= 0 && c.venue < kSameVenue && (a.venue_is_event || b.venue_is_event) &&
      venue_contained(a.venue_words, b.venue_words))
    c.venue = kSameVenue;
  if (c.both_titled && (a.swallowed || b.swallowed)) read_swallowed_venue(a, b, c);
  if (a.has_abstract && b.has_abstract) c.abstract = signature_agreement(a.abstract_signature, b.abstract_signature);
  if (a.year && b.year) c.year_gap = std::abs(a.year - b.year);
  c.volume = compare_volumes(a.volume, b.volume);
  c.issue = compare_volumes(a.issue, b.issue);
  c.pages = compare_pages(a.pages, b.pages);
  c.pages_missing = !a.pages.known() || !b.pages.known();
  return c;
}

std::string_view veto_name(Veto v) {
  switch (v) {
    case kIdentifierConflict:
      return "identifier_conflict";
    case kDifferentIdentifiers:
      return "different_identifiers";
    case kYearGap:
      return "year_gap";
    case kPagesDisjoint:
      return "pages_disjoint";
    case kPartMismatch:
      return "part_mismatch";
    case kNoticeMismatch:
      return "notice_mismatch";
    case kGenericTitle:
      return "generic_title";
  }
  return "unknown";
}

std::string_view level_name(MatchLevel level) { return level == MatchLevel::work ? "work" : "publication"; }

VetoResult check_vetoes(const Features& a, const Features& b, const FieldComparison& c, MatchLevel level) {
  VetoResult r;
  auto check = [&](Veto v, bool fires) {
    r.checked |= v;
    if (fires) r.fired |= v;
  };
  bool id_match = c.id_match();
  if (id_match) {
    // "Clearly different": few shared words and no subtitle relation.
    check(kIdentifierConflict, c.both_titled && c.title < 0.5 && c.containment < 0.8);
  } else {
    check(kDifferentIdentifiers, c.arxiv_differs || c.doi_differs);
    if (level == MatchLevel::publication) {
      check(kYearGap, c.year_gap > 1);
      check(kPagesDisjoint, c.pages == PageRelation::disjoint);
    } else if (one_venue(c)) {
      // Versions of one work appear in different places (a conference and
      // a journal, a preprint server and a journal); a venue prints a work
      // once.  So within one venue other pages, or another year, are
      // another item at work level too: the column of the next issue, next
      // year's preface.  The same place in one venue (pages that meet, no
      // other volume or issue) is one item whatever the years say: a year
      // mistyped in a citation.
      bool same_place = (c.pages == PageRelation::same || c.pages == PageRelation::overlap) &&
                        c.volume != FieldRelation::different && c.issue != FieldRelation::different;
      check(kYearGap, c.year_gap > 1 && !same_place);
      check(kPagesDisjoint, c.pages == PageRelation::disjoint);
    }
  }
  check(kPartMismatch, numbered_siblings(a.title, b.title));
  check(kNoticeMismatch, a.title.notice != b.title.notice);
  check(kGenericTitle, a.title.generic || b.title.generic);
  return r;
}

uint64_t veto_profile(const Features& f) {
  bool identified = !f.arxiv.empty() || !f.doi.empty();
  std::string print;
  print.reserve(f.arxiv.size() + f.doi.size() + 32 + (identified ? f.title.key.size() : 0));
  print.append(f.arxiv).append(1, '\0').append(f.doi).append(1, '\0');
  for (uint32_t n : {static_cast<uint32_t>(f.year), f.pages.first, f.pages.last, static_cast<uint32_t>(f.title.notice)})
    print.append(reinterpret_cast<const char*>(&n), sizeof n);
  for (uint16_t n : f.title.numbers) print.append(reinterpret_cast<const char*>(&n), sizeof n);
  if (identified) print.append(f.title.key);
  return text::hash64(print);
}

}  // namespace ream::dedupe
