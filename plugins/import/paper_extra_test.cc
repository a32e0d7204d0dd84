#include "paper_extra.hh"

#include <catch2/catch.hpp>

using namespace ream::import;

TEST_CASE("paper_extra: page ranges") {
  CHECK(page_range("123-9") == "123–129");
  CHECK(page_range("1234-56") == "1234–1256");
  CHECK(page_range("97--111") == "97–111");
  CHECK(page_range("97 – 111") == "97–111");
  CHECK(page_range("123-122") == "123–122");
  CHECK(page_range("e0123") == "e0123");
  CHECK(page_range("S1-S9") == "S1–S9");
  CHECK(page_range("12-14, 18-20") == "12-14, 18-20");
  CHECK(page_range("5", "5") == "5");
  CHECK(page_range("", "7") == "7");
}

TEST_CASE("paper_extra: dates and months") {
  CHECK(iso_date(2020, 2, 29) == "2020-02-29");
  CHECK(iso_date(2019, 2, 29).empty());
  CHECK(iso_date(2020, 13, 1).empty());
  CHECK(iso_date(2020, 4, 0) == "2020-04");
  CHECK(month_number("Sep") == 9);
  CHECK(month_number("September") == 9);
  CHECK(month_number("13") == 0);
  CHECK(month_number("Spring") == 0);
}

TEST_CASE("paper_extra: lists and text fields") {
  Paper p;
  put_text(p, "volume", "3");
  put_text(p, "volume", "4");
  put_text(p, "issue", "");
  put_list(p, "editors", {"  Erin   Editor ", "", "Zoë"});
  put_list(p, "keywords_source", {""});
  CHECK(p.extra == std::vector<std::pair<std::string, std::string>>{{"volume", "3"}});
  CHECK(p.extra_json == std::vector<std::pair<std::string, std::string>>{{"editors", R"(["Erin Editor","Zoë"])"}});
  CHECK(doi_of("https://doi.org/10.1000/ABC") == "10.1000/abc");
  CHECK(doi_of("not a doi").empty());
}
