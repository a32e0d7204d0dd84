#include "doi_scanner.hh"

#include <catch2/catch.hpp>

#include "test_support.hh"

using namespace ream::cite;
using namespace ream::cite::testing;

TEST_CASE("DOIs keep their own brackets and lose sentence punctuation") {
  CHECK(ids(Kind::doi, "doi:10.1016/0304-3975(94)00281-M") == List{"10.1016/0304-3975(94)00281-m"});
  CHECK(ids(Kind::doi, "10.1175/1520-0469(1996)053<0946:ASTFHH>2.0.CO;2") ==
        List{"10.1175/1520-0469(1996)053<0946:astfhh>2.0.co;2"});
  CHECK(ids(Kind::doi, "(doi:10.1073/pnas.0704624104)") == List{"10.1073/pnas.0704624104"});
  CHECK(ids(Kind::doi, "(10.12345/ABC_123).") == List{"10.12345/abc_123"});
  CHECK(ids(Kind::doi, "doi: 10.1016/j.wneu.2015.11.061.)") == List{"10.1016/j.wneu.2015.11.061"});
  CHECK(ids(Kind::doi, "[doi>10.1016/S1353-4858(11)70024-1]") == List{"10.1016/s1353-4858(11)70024-1"});
  CHECK(ids(Kind::doi, "<!--\n 10.2387/234310.2347/39423-->") == List{"10.2387/234310.2347/39423"});
  CHECK(ids(Kind::doi, "\"10.1000/xyz123\" and text") == List{"10.1000/xyz123"});
  CHECK(ids(Kind::doi, "{{cite|doi=10.0000/m2|pmid=1}}") == List{"10.0000/m2"});
}

TEST_CASE("DOIs in resolver URLs, percent-encoded, with Unicode hyphens") {
  CHECK(ids(Kind::doi, "http://dx.doi.org/10.7554/eLife.46574") == List{"10.7554/elife.46574"});
  CHECK(ids(Kind::doi, "https://doi.org/10.1000/a%2Fb") == List{"10.1000/a/b"});
  CHECK(ids(Kind::doi, "[http://dx.doi.org/10.1170/foo<bar>(herp)derp[waffles]]") ==
        List{"10.1170/foo<bar>(herp)derp[waffles]"});
  CHECK(ids(Kind::doi,
            "doi:10.1007/s10584\xE2\x80\x90"
            "015") == List{"10.1007/s10584-015"});
  CHECK(ids(Kind::doi, "https://doi.org/10/b6vnmd#anchor") == List{"10/b6vnmd"});
  CHECK(ids(Kind::doi, "https://x.org/p?doi=10.1000/abc&y=2") == List{"10.1000/abc"});
}

TEST_CASE("bioRxiv URLs carry versions that are not part of the DOI") {
  CHECK(ids(Kind::doi, "https://www.biorxiv.org/content/10.1101/087619v3.full") == List{"10.1101/087619"});
  CHECK(ids(Kind::doi, "https://www.biorxiv.org/content/10.1101/2019.12.11.872580v1") ==
        List{"10.1101/2019.12.11.872580"});
}

TEST_CASE("things that are not DOIs") {
  CHECK(ids(Kind::doi, "doi:7717/peerj.705 doi:b6vnmd 10.60 people").empty());
  CHECK(ids(Kind::doi, "110.1000/abc v10.1000/abc").empty());
  CHECK(ids(Kind::doi, "10/b6vnmd").empty());
}

TEST_CASE("canonical DOI URLs escape what a path cannot hold") {
  CHECK(doi_url("10.1000/a<b>#c") == "https://doi.org/10.1000/a%3Cb%3E%23c");
  CHECK(doi_url("10.1016/0304-3975(94)00281-m") == "https://doi.org/10.1016/0304-3975(94)00281-m");
}

TEST_CASE("DOIs percent-encoded inside URLs are decoded") {
  CHECK(ids(Kind::doi, "https://doi.org/10.1097%2F01.ju.0000123456.78") == List{"10.1097/01.ju.0000123456.78"});
  CHECK(ids(Kind::doi, "http://dx.doi.org/10%2E1000%2Fabc") == List{"10.1000/abc"});
  CHECK(ids(Kind::doi, "https://doi.org/10.1097%2Fabc.") == List{"10.1097/abc"});
  CHECK(ids(Kind::doi, "https://x.org/get?id=10.1002%2Fxyz&fmt=pdf") == List{"10.1002/xyz"});
  CHECK(ids(Kind::doi, "https://onlinelibrary.wiley.com/doi/10.1002%2Fsim.1234?x=1") == List{"10.1002/sim.1234"});
}

TEST_CASE("markup glued to a DOI ends it") {
  CHECK(ids(Kind::doi, "<ref>doi:10.1000/xyz9365</ref>") == List{"10.1000/xyz9365"});
  CHECK(ids(Kind::doi, "10.1000/abc<br/>next") == List{"10.1000/abc"});
  CHECK(ids(Kind::doi, "10.1000/abc<i>Nature</i>") == List{"10.1000/abc"});
  CHECK(ids(Kind::doi, "<td>10.1000/abc</td>") == List{"10.1000/abc"});
  CHECK(ids(Kind::doi, "10.1000/ABC<ref name=x>") == List{"10.1000/abc"});
  CHECK(ids(Kind::doi, "&lt;ref&gt;10.1000/abc&lt;/ref&gt;") == List{"10.1000/abc"});
  CHECK(ids(Kind::doi, "https://doi.org/10.1000/abc</a>") == List{"10.1000/abc"});
  // Not markup: SICI brackets and angle brackets around a non-element.
  CHECK(ids(Kind::doi, "10.1002/(SICI)1097-0258(19980715)17:13<1495::AID-SIM863>3.0.CO;2-I</ref>") ==
        List{"10.1002/(sici)1097-0258(19980715)17:13<1495::aid-sim863>3.0.co;2-i"});
}

TEST_CASE("subdivided registrant codes") {
  CHECK(ids(Kind::doi, "ISBN-A 10.978.819252/12345.") == List{"10.978.819252/12345"});
  CHECK(ids(Kind::doi, "doi:10.1000.10/123456") == List{"10.1000.10/123456"});
  CHECK(ids(Kind::doi, "10.979.8.88888/1").size() == 1);
}

TEST_CASE("DOI look-alikes with dots and markup") {
  CHECK(ids(Kind::doi, "10.978/12345 10.97/123 10.12.3/4").empty());    // too short a registrant code
  CHECK(ids(Kind::doi, "x10.978.819252/12345 1.10.1000/abc").empty());  // continue a token
  CHECK(ids(Kind::doi, "10.1000/</ref>").empty());                      // nothing before the markup
  CHECK(ids(Kind::doi, "https://doi.org/10.1097%2").empty());           // a cut escape is no DOI
}
