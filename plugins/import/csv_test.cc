#include "csv.hh"

#include <catch2/catch.hpp>

#include "test_sink.hh"

using namespace ream::import;

TEST_CASE("csv: header maps columns, quotes, embedded newlines, extra columns") {
  CollectingSink sink;
  parse_csv(
      "Title,Author,Year,arxiv_id,Citations\r\n"
      "\"Deep Gated Graph Networks\",\"Ada Lovelace and Alan Turing\",2021,2101.00001v2,17\r\n"
      "\"Quotes \"\"inside\"\", and commas\",\"Grace Hopper; Edsger Dijkstra\",\"2019\",,\"line one\nline two\"\r\n",
      sink);
  REQUIRE(sink.papers.size() == 2);
  const Paper& a = sink.papers[0];
  CHECK(a.title == "Deep Gated Graph Networks");
  CHECK(a.authors == std::vector<std::string>{"Ada Lovelace", "Alan Turing"});
  CHECK(a.year == 2021);
  CHECK(a.arxiv == "2101.00001v2");
  CHECK(a.extra == std::vector<std::pair<std::string, std::string>>{{"Citations", "17"}});
  CHECK(a.line == 2);
  const Paper& b = sink.papers[1];
  CHECK(b.title == "Quotes \"inside\", and commas");
  CHECK(b.authors == std::vector<std::string>{"Grace Hopper", "Edsger Dijkstra"});
  CHECK(b.extra == std::vector<std::pair<std::string, std::string>>{{"Citations", "line one\nline two"}});
  CHECK(b.line == 3);
  CHECK(sink.issues.empty());
}

TEST_CASE("csv: tab-separated, short rows, blank lines") {
  CollectingSink sink;
  parse_csv("title\tdoi\tvenue\nA Paper\t10.1000/XYZ\n\nAnother\t\tICML\n", sink);
  REQUIRE(sink.papers.size() == 2);
  CHECK(sink.papers[0].doi == "10.1000/xyz");  // the DOI's key, as every importer gives it
  CHECK(sink.papers[1].venue == "ICML");
  CHECK(sink.papers[1].line == 4);
}

TEST_CASE("csv: problems are issues or warnings with their line") {
  CollectingSink sink;
  parse_csv("title,year\nGood,soon\n\"Too\",many,cells\n,\n\"Open quote,2020\n", sink);
  REQUIRE(sink.papers.size() == 1);
  CHECK(sink.papers[0].extra == std::vector<std::pair<std::string, std::string>>{{"year_raw", "soon"}});
  REQUIRE(sink.warnings.size() == 1);
  CHECK(sink.warnings[0].second == "year 'soon' is not a year; kept as field 'year_raw'");
  REQUIRE(sink.issues.size() == 3);
  CHECK(sink.issues[0].line == 3);
  CHECK(sink.issues[0].reason == "row has 3 fields; the header has 2");
  CHECK(sink.issues[0].raw == "\"Too\",many,cells");
  CHECK(sink.issues[1].reason == "row has no title, arxiv or doi");
  CHECK(sink.issues[2].line == 5);
  CHECK(sink.issues[2].reason == "unterminated quoted field (a '\"' is never closed)");
}

TEST_CASE("csv: a short last row with no line break after it is a file cut short") {
  CollectingSink sink;
  parse_csv("Title,Year,Publisher,EID\nA Paper,2020,Nature Res,2-s2.0-1\nB Paper,2021,Nature Resea", sink);
  REQUIRE(sink.papers.size() == 1);
  REQUIRE(sink.issues.size() == 1);
  CHECK(sink.issues[0].line == 3);
  CHECK(sink.issues[0].reason ==
        "row has 3 fields; the header has 4, and the file ends inside the row without a line break (cut short?)");
  CHECK(sink.issues[0].raw == "B Paper,2021,Nature Resea");
  // A short last row that ends its line, and a full one without a line break, are rows.
  CollectingSink ended, full;
  parse_csv("Title,Year,Publisher\nA Paper,2020\n", ended);
  parse_csv("Title,Year,Publisher\nA Paper,2020,ACM", full);
  CHECK(ended.papers.size() == 1);
  CHECK(full.papers.size() == 1);
  CHECK(ended.issues.empty());
  CHECK(full.issues.empty());
}

TEST_CASE("csv: Zotero's columns, item type, pages and the user's tags") {
  CollectingSink sink;
  parse_csv(
      "\"Key\",\"Item Type\",\"Publication Year\",\"Author\",\"Title\",\"Pages\",\"Manual Tags\",\"Automatic Tags\"\n"
      "\"AB12\",\"conferencePaper\",\"2024\",\"Lee, Jin; Ng, Ann\",\"Tides\",\"1123-9\",\"tides; baltic\",\"Oceans\"\n",
      sink);
  REQUIRE(sink.papers.size() == 1);
  const Paper& p = sink.papers[0];
  CHECK(p.type == "paper-conference");
  CHECK(p.authors == std::vector<std::string>{"Lee, Jin", "Ng, Ann"});
  CHECK(CollectingSink::extra(p, "pages") == "1123–1129");
  CHECK(CollectingSink::extra(p, "document_type") == "conferencePaper");
  CHECK(CollectingSink::extra_json(p, "keywords_source") == R"(["tides","baltic"])");
  CHECK(CollectingSink::extra(p, "Automatic Tags") == "Oceans");
}

TEST_CASE("csv: an older Scopus export's comma-separated authors, counted by their ids") {
  CollectingSink sink;
  parse_csv(
      "Authors,Author(s) ID,Title,Year\n"
      "\"Arute F., M\u00fcller J., de Gaulle C.\",\"57194779010;12345678900;11111111111;\",Quantum,2019\n"
      "\"Lee J.-H., Van der Berg A.B.\",\"1;2;\",Particles,2020\n"
      "\"Lee J.\",\"1;\",Alone,2020\n"
      "\"Smith, John\",\"1;\",Comma in one name,2020\n"
      "\"Arute F., M\u00fcller J.\",\"1;2;3;\",Ids and names disagree,2020\n",
      sink);
  REQUIRE(sink.papers.size() == 5);
  CHECK(sink.papers[0].authors == std::vector<std::string>{"Arute F.", "M\u00fcller J.", "de Gaulle C."});
  CHECK(sink.papers[1].authors == std::vector<std::string>{"Lee J.-H.", "Van der Berg A.B."});
  CHECK(sink.papers[2].authors == std::vector<std::string>{"Lee J."});
  CHECK(sink.papers[3].authors == std::vector<std::string>{"Smith, John"});
  CHECK(sink.papers[4].authors == std::vector<std::string>{"Arute F., M\u00fcller J."});
}

TEST_CASE("csv: Scopus's PubMed ID and article number under the names MEDLINE and WoS records use") {
  CollectingSink sink;
  parse_csv("Title,Art. No.,PubMed ID,Cited by\nA Paper,e12,31645734,3\n", sink);
  REQUIRE(sink.papers.size() == 1);
  CHECK(sink.papers[0].extra == std::vector<std::pair<std::string, std::string>>{
                                    {"article_number", "e12"}, {"pmid", "31645734"}, {"Cited by", "3"}});
}

TEST_CASE("csv: header cells and delimiter sniffing") {
  CHECK(csv_header_cells("Title, Authors ,\"Year\"\r") == std::vector<std::string>{"Title", "Authors", "Year"});
  CHECK(sniff_delimiter("a;b;c") == ';');
  CHECK(sniff_delimiter("a\tb,c\td") == '\t');
  CHECK(sniff_delimiter("\"a;b\",c") == ',');
}

TEST_CASE("csv: Scopus columns, author ids dropped, pages joined") {
  CollectingSink s;
  parse_csv(
      "Authors,Author full names,Title,Source title,Page start,Page end,Document Type\n"
      "\"Doe J.\",\"Doe, Jane (123); Roe, R. (45)\",T,Venue,7,9,Conference Paper\n",
      s);
  REQUIRE(s.papers.size() == 1);
  const auto& p = s.papers[0];
  CHECK(p.authors == std::vector<std::string>{"Doe, Jane", "Roe, R."});
  CHECK(p.venue == "Venue");
  CHECK(p.type == "paper-conference");
  CHECK(CollectingSink::extra(p, "pages") == "7–9");
  CHECK(CollectingSink::extra(p, "authors_abbreviated") == "Doe J.");
}

TEST_CASE("csv: --map renames a header before mapping") {
  CollectingSink s;
  FormatOptions options;
  options.column_map = {{"Name", "title"}, {"Who", "authors"}};
  parse_csv("Name,Who\nX,\"A; B\"\n", options, s);
  REQUIRE(s.papers.size() == 1);
  CHECK(s.papers[0].title == "X");
  CHECK(s.papers[0].authors == std::vector<std::string>{"A", "B"});
}
