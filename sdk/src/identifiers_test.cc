#include "ream/identifiers.hpp"

#include <catch2/catch.hpp>

using namespace ream::ids;

TEST_CASE("arXiv keys drop prefix, URL and version") {
  CHECK(arxiv_key("2312.03884v1") == "2312.03884");
  CHECK(arxiv_key("arXiv:2312.03884") == "2312.03884");
  CHECK(arxiv_key("https://arxiv.org/abs/2312.03884") == "2312.03884");
  CHECK(arxiv_key("https://arxiv.org/pdf/2312.03884v2.pdf") == "2312.03884");
  CHECK(arxiv_key("hep-th/9901001v3") == "hep-th/9901001");
  CHECK(arxiv_key("math.AG/0309136") == "math/0309136");  // the subject class is not part of the id
  CHECK(arxiv_key("arXiv:0704.0001") == "0704.0001");
}

TEST_CASE("arXiv date rules") {
  CHECK_FALSE(arxiv_key("1501.0001"));       // 4 digits ended in 2014
  CHECK_FALSE(arxiv_key("1412.00001"));      // 5 digits began in 2015
  CHECK_FALSE(arxiv_key("0703.0001"));       // new style began in April 2007
  CHECK_FALSE(arxiv_key("2313.00001"));      // no 13th month
  CHECK_FALSE(arxiv_key("hep-th/0801001"));  // old style ended in March 2007
  CHECK_FALSE(arxiv_key("not an id"));
}

TEST_CASE("DOI keys") {
  CHECK(doi_key("10.1000/XYZ.123") == "10.1000/xyz.123");
  CHECK(doi_key("doi:10.1000/abc") == "10.1000/abc");
  CHECK(doi_key("10.1000.10/ABC") == "10.1000.10/abc");            // subdivided registrant code
  CHECK(doi_key("10.978.819252/12345") == "10.978.819252/12345");  // ISBN-A
  CHECK_FALSE(doi_key("10.978/12345"));                            // three digits need a subdivision
  CHECK(doi_key("https://doi.org/10.1000/a%2Fb") == "10.1000/a/b");
  CHECK(doi_key("http://dx.doi.org/10.1016/0304-3975(94)00281-M") == "10.1016/0304-3975(94)00281-m");
  // What exports and citation styles leave around the DOI.
  CHECK(doi_key("10.1161/STROKEAHA.111.000001 [doi]") == "10.1161/strokeaha.111.000001");
  CHECK(doi_key("doi: 10.1161/STROKEAHA.111.000001.") == "10.1161/strokeaha.111.000001");
  CHECK(doi_key("DOI 10.1000/abc,") == "10.1000/abc");
  CHECK(doi_key("https://www.doi.org/10.1000/abc") == "10.1000/abc");
  CHECK(doi_key("10.1002/(SICI)1097-0258(19980715)17:13<1495::AID-SIM863>3.0.CO;2-I") ==
        "10.1002/(sici)1097-0258(19980715)17:13<1495::aid-sim863>3.0.co;2-i");
  CHECK_FALSE(doi_key("10.1000/abc 10.1000/def"));  // two DOIs: neither is the record's
  CHECK_FALSE(doi_key("doing 10.1000/abc"));
  CHECK_FALSE(doi_key("11.1000/abc"));
  CHECK_FALSE(doi_key("10.1000/"));
}

TEST_CASE("the DataCite arXiv DOI is the arXiv id") {
  CHECK(arxiv_from_doi("10.48550/arXiv.2312.03884") == "2312.03884");
  CHECK_FALSE(arxiv_from_doi("10.1000/abc"));
}

TEST_CASE("record ids prefer arXiv, then DOI, then a title hash") {
  CHECK(record_id("2312.03884v1", "10.1/x", "T") == "arxiv:2312.03884");
  CHECK(record_id("", "10.1000/X", "T") == "doi:10.1000/x");
  CHECK(record_id("", "10.48550/arXiv.2312.03884", "T") == "arxiv:2312.03884");
  CHECK(record_id("", "", "Some Title") == record_id("", "", "some title!"));
  CHECK(record_id("", "", "Some Title").rfind("title:", 0) == 0);
}
