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

#include <cstdlib>

namespace ream::dedupe {
namespace {

PageRelation compare_pages(PageRange a, PageRange b) {
  if (!a.known() || !b.known()) return PageRelation::unknown;
  if (a.first == b.first && a.last == b.last) return PageRelation::same;
  if (a.first <= b.last && b.first <= a.last) return PageRelation::overlap;
  // A lone page number is often an abstract number, a first page or an
  // article number in a supplement: only two real ranges can be disjoint.
  if (a.first == a.last || b.first == b.last) return PageRelation::unknown;
  return PageRelation::disjoint;
}

FieldRelation compare_text(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return FieldRelation::unknown;
  return a == b ? FieldRelation::same : FieldRelation::different;
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
  }
  c.authors = author_similarity(a.authors, b.authors);
  c.venue = venue_similarity(a.venue_words, b.venue_words);
  if (a.has_abstract && b.has_abstract) c.abstract = signature_agreement(a.abstract_signature, b.abstract_signature);
  if (a.year && b.year) c.year_gap = std::abs(a.year - b.year);
  c.pages = compare_pages(a.pages, b.pages);
  c.volume = compare_text(a.volume, b.volume);
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

VetoResult check_vetoes(const Features& a, const Features& b, const FieldComparison& c) {
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
    check(kYearGap, c.year_gap > 1);
    check(kPagesDisjoint, c.pages == PageRelation::disjoint);
  }
  check(kPartMismatch, a.title.part != b.title.part && a.title.part && b.title.part);
  check(kNoticeMismatch, a.title.notice != b.title.notice);
  check(kGenericTitle, a.title.generic || b.title.generic);
  return r;
}

}  // namespace ream::dedupe
