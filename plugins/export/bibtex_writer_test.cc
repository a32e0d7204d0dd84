#include "bibtex_writer.hh"

#include <catch2/catch.hpp>

using namespace ream::exporting;

namespace {
ExportPaper preprint() {
  ExportPaper p;
  p.type = "article";
  p.title = "Going Places";
  p.authors = {"Hong-Xing Yu", "Aristotle", "Barnes and Noble"};
  p.et_al = true;
  p.year = 2023;
  p.date = "2023-12-06";
  p.arxiv = "arXiv:2312.03884v1";
  p.venue = "arXiv preprint";
  p.extra = {{"primaryclass", "cs.CV"}, {"isbn", "123"}, {"color", "blue"}};
  return p;
}
}  // namespace

TEST_CASE("a BibLaTeX preprint is @online with eprint fields and a full date", "[bibtex]") {
  BibWriter w(BibOptions{BibDialect::biblatex, false, true});
  std::string out;
  w.write(preprint(), "yu2023going", out);
  CHECK(out ==
        "@online{yu2023going,\n"
        "  title = {Going Places},\n"
        "  author = {Yu, Hong-Xing and {Aristotle} and {Barnes and Noble} and others},\n"
        "  date = {2023-12-06},\n"
        "  eprint = {2312.03884v1},\n"
        "  eprinttype = {arxiv},\n"
        "  eprintclass = {cs.CV}\n"
        "}\n\n");
  CHECK(w.dropped_fields() == 2);  // the venue and the isbn have no place in @online; "color" is no BibTeX field
}

TEST_CASE("a BibTeX preprint is @misc with arXiv's own field names and a month macro", "[bibtex]") {
  BibWriter w(BibOptions{BibDialect::bibtex, false, false});
  std::string out;
  w.write(preprint(), "k", out);
  CHECK(out ==
        "@misc{k,\n"
        "  title = {Going Places},\n"
        "  author = {Yu, Hong-Xing and {Aristotle} and {Barnes and Noble} and others},\n"
        "  howpublished = {arXiv preprint},\n"
        "  year = {2023},\n"
        "  month = dec,\n"
        "  eprint = {2312.03884v1},\n"
        "  archiveprefix = {arXiv},\n"
        "  primaryclass = {cs.CV},\n"
        "  isbn = {123}\n"
        "}\n\n");
  CHECK(w.dropped_fields() == 0);
  ExportPaper bare;
  bare.type = "document";
  bare.title = "Only a title";
  w.write(bare, "ref", out);
  CHECK(w.without_people() == 1);
  CHECK(w.without_year() == 1);
}
