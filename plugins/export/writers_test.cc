#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include "csl_json_writer.hh"
#include "csv_writer.hh"
#include "paper_values.hh"
#include "ris_writer.hh"

using namespace ream::exporting;

namespace {
ExportPaper sample() {
  ExportPaper p;
  p.type = "article-journal";
  p.title = "Literate \"Programming\"";
  p.authors = {"Knuth, Donald E.", "Anna van der Berg"};
  p.year = 1984;
  p.date = "1984-05";
  p.venue = "The Computer Journal";
  p.volume = "27";
  p.issue = "2";
  p.pages = "97\u2013111";
  p.doi = "10.1093/comjnl/27.2.97";
  p.arxiv = "arXiv:2312.03884v1";
  p.keywords = {"literate programming", "WEB"};
  return p;
}
}  // namespace

TEST_CASE("page ranges split on any dash run", "[values]") {
  CHECK(page_range("97\u2013111") == std::pair<std::string, std::string>("97", "111"));
  CHECK(page_range("97--111") == std::pair<std::string, std::string>("97", "111"));
  CHECK(page_range("e1234") == std::pair<std::string, std::string>("e1234", ""));
  CHECK(page_range("-5") == std::pair<std::string, std::string>("-5", ""));
}

TEST_CASE("dates come from an ISO date that agrees with the year", "[values]") {
  ExportPaper p;
  p.year = 2023;
  p.date = "2023-12-06";
  CHECK(date_parts(p).day == 6);
  p.date = "2022-12-06";
  CHECK(date_parts(p).month == 0);
  CHECK(date_parts(p).year == 2023);
  p.date = "Mar 14";
  CHECK(date_parts(p).year == 2023);
}

TEST_CASE("arXiv ids are written without prefix, with their version", "[values]") {
  CHECK(arxiv_id("arXiv:2312.03884v1") == "2312.03884v1");
  CHECK(arxiv_id("hep-th/9901001") == "hep-th/9901001");
  CHECK(arxiv_id("https://arxiv.org/abs/2312.03884") == "2312.03884");
  CHECK(arxiv_id("not an id") == "");
}

TEST_CASE("RIS records follow the tag layout with CRLF", "[ris]") {
  std::string out;
  write_ris(sample(), "knuth1984literate", true, out);
  CHECK(out ==
        "TY  - JOUR\r\nID  - knuth1984literate\r\nTI  - Literate \"Programming\"\r\n"
        "AU  - Knuth, Donald E.\r\nAU  - van der Berg, Anna\r\nT2  - The Computer Journal\r\n"
        "PY  - 1984\r\nDA  - 1984/05//\r\nVL  - 27\r\nIS  - 2\r\nSP  - 97\r\nEP  - 111\r\n"
        "DO  - 10.1093/comjnl/27.2.97\r\nUR  - https://arxiv.org/abs/2312.03884v1\r\n"
        "KW  - literate programming\r\nKW  - WEB\r\nER  - \r\n\r\n");
}

TEST_CASE("a RIS value never spans lines", "[ris]") {
  ExportPaper p;
  p.type = "document";
  p.title = "two\nlines\r\nER  - ";
  std::string out;
  write_ris(p, "k", true, out);
  CHECK(out.find("TI  - two lines  ER  - \r\n") != std::string::npos);
}

TEST_CASE("CSL-JSON items carry names, dates and the arXiv id as Zotero does", "[csl]") {
  boost::json::value v = boost::json::parse(csl_json_item(sample(), "knuth1984literate", true));
  const auto& o = v.as_object();
  CHECK(o.at("type") == "article-journal");
  CHECK(o.at("author").as_array()[1].as_object().at("non-dropping-particle") == "van der");
  CHECK(o.at("author").as_array()[0].as_object().at("family") == "Knuth");
  CHECK(o.at("issued").at("date-parts").as_array()[0].as_array().size() == 2);
  CHECK(o.at("page") == "97-111");
  CHECK(o.at("number") == "arXiv:2312.03884v1");
  CHECK(o.if_contains("publisher") == nullptr);  // a journal article is not published by arXiv
  CHECK(o.at("keyword") == "literate programming, WEB");
}

TEST_CASE("CSV cells are quoted as RFC 4180 says, in TSV too", "[csv]") {
  ExportPaper p = sample();
  std::string out;
  CsvWriter csv({"key", "title", "authors", "pages"}, ',');
  csv.header(out);
  csv.row(p, "k", out);
  CHECK(out ==
        "key,title,authors,pages\r\nk,\"Literate \"\"Programming\"\"\",\"Knuth, Donald E.; Anna van der "
        "Berg\",97\u2013111\r\n");
  std::string tsv;
  p.title = "tab\there";
  CsvWriter(std::vector<std::string>{"title"}, '\t').row(p, "k", tsv);
  CHECK(tsv == "\"tab\there\"\r\n");
}
