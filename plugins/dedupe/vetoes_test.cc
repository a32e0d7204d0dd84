#include "vetoes.hh"

#include <catch2/catch.hpp>

using namespace ream::dedupe;

namespace {

Fields paper(std::string title) {
  Fields f;
  f.title = std::move(title);
  f.authors = {"Zuber, J and Loirat, C"};
  f.year = "2011";
  return f;
}

uint32_t fired(const Fields& a, const Fields& b) {
  Features fa = extract_features(a), fb = extract_features(b);
  return check_vetoes(fa, fb, compare_fields(fa, fb)).fired;
}

}  // namespace

TEST_CASE("a shared identifier with a clearly different title is a conflict") {
  Fields a = paper("Weak-to-strong generalization in language models"), b = paper("Diffusion models for video");
  a.arxiv = b.arxiv = "2312.09390";
  CHECK(fired(a, b) & kIdentifierConflict);
  b.title = a.title;
  CHECK_FALSE(fired(a, b) & kIdentifierConflict);
}

TEST_CASE("different identifiers, years, pages, parts and notices veto") {
  Fields a = paper("Outcomes of stroke care"), b = paper("Outcomes of stroke care");
  CHECK(fired(a, b) == 0);
  Fields d = b;
  a.doi = "10.1000/a", d.doi = "10.1000/b";
  CHECK(fired(a, d) & kDifferentIdentifiers);
  a.doi.clear();
  Fields y = b;
  y.year = "2014";
  CHECK(fired(a, y) & kYearGap);
  y.year = "2012";
  CHECK_FALSE(fired(a, y) & kYearGap);
  Fields p1 = a, p2 = b;
  p1.pages = "10-20", p2.pages = "30-40";
  CHECK(fired(p1, p2) & kPagesDisjoint);
  p2.pages = "30";  // a lone page is not a range
  CHECK_FALSE(fired(p1, p2) & kPagesDisjoint);
  CHECK(fired(paper("Stroke care, Part I"), paper("Stroke care, Part II")) & kPartMismatch);
  CHECK(fired(paper("Erratum: Outcomes of stroke care"), b) & kNoticeMismatch);
  CHECK(fired(paper("Retraction: Outcomes of stroke care"), b) & kNoticeMismatch);
  CHECK(fired(paper("Editorial"), paper("Editorial")) & kGenericTitle);
}

TEST_CASE("an identifier match overrides the year and pages vetoes") {
  Fields a = paper("Outcomes of stroke care"), b = a;
  a.doi = b.doi = "10.1000/x";
  b.year = "2015";
  CHECK_FALSE(fired(a, b) & kYearGap);
}

TEST_CASE("volumes compare by their number, free text only when identical") {
  Fields a = paper("Outcomes of stroke care"), b = a;
  auto volume = [&](const char* x, const char* y) {
    a.volume = x, b.volume = y;
    Features fa = extract_features(a), fb = extract_features(b);
    return compare_fields(fa, fb).volume;
  };
  CHECK(volume("vol. 44,", "44(3)") == FieldRelation::same);
  CHECK(volume("Drug Discovery. 9", "9") == FieldRelation::same);
  CHECK(volume("44", "45") == FieldRelation::different);
  CHECK(volume("eurocolt '93,", "eu-rocolt '93,") == FieldRelation::same);  // both read as 93
  CHECK(volume("in press", "forthcoming") == FieldRelation::unknown);
  CHECK(volume("", "7") == FieldRelation::unknown);
}

namespace {
// How a record titled `title` with `venue` compares with one whose title
// field ran on into a venue.
FieldComparison against_run_on(const std::string& title, const std::string& venue, const std::string& run_on) {
  Fields whole = paper(title);
  whole.venue = venue;
  Features fw = extract_features(whole), fr = extract_features(paper(run_on));
  return compare_fields(fw, fr);
}
}  // namespace

TEST_CASE("a title that swallowed its venue is read without it when the venue agrees") {
  const std::string title = "A general lower bound on the number of examples needed for learning";
  const std::string run_on = title + ". Information and computation,";
  FieldComparison c = against_run_on(title, "Information and Computation", run_on);
  CHECK(c.exact_title);
  CHECK(c.venue == 1.0);
  // A run-on part that names another venue is a subtitle, not a venue.
  CHECK_FALSE(against_run_on(title, "Machine Learning", run_on).exact_title);
}

TEST_CASE("a swallowed venue is recognised by its opening, whatever follows it") {
  const std::string title = "The strength of weak learnability";
  const std::string run_on = title + ". Machine Learning 5 197-227. This article was typeset with LaTeX";
  FieldComparison c = against_run_on(title, "Machine Learning,", run_on);
  CHECK(c.exact_title);
  CHECK(c.venue == 1.0);
  // The same words, but not how the tail opens.
  CHECK_FALSE(against_run_on(title, "Learning Theory", run_on).exact_title);
}

TEST_CASE("records with the same veto profile meet the hard vetoes alike") {
  Fields a = paper("Stroke care outcomes in rural hospitals"), b = a;
  b.title = "Stroke care outcomes in rural hospitals.";
  b.authors = {"Someone, Else"};
  CHECK(veto_profile(extract_features(a)) == veto_profile(extract_features(b)));  // no identifier: title unread
  b.year = "2013";
  CHECK(veto_profile(extract_features(a)) != veto_profile(extract_features(b)));
  b = a;
  b.pages = "10-20";
  CHECK(veto_profile(extract_features(a)) != veto_profile(extract_features(b)));
  a.doi = b.doi = "10.1000/x";
  b.pages.clear();
  b.title = "Another title entirely";
  CHECK(veto_profile(extract_features(a)) != veto_profile(extract_features(b)));  // the id conflict reads titles
}
