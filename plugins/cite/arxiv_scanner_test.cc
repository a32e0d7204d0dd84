#include "arxiv_scanner.hh"

#include <catch2/catch.hpp>

#include <ream/identifiers.hpp>
#include <string>
#include <vector>

#include "test_support.hh"

using namespace ream::cite;
using namespace ream::cite::testing;

TEST_CASE("new-style arXiv ids with and without prefix and version") {
  CHECK(ids(Kind::arxiv, "arXiv:1104.2222v9 [physics.ins-det]") == List{"1104.2222"});
  CHECK(ids(Kind::arxiv, "e-print arXiv:1506.02215v1") == List{"1506.02215"});
  CHECK(ids(Kind::arxiv, "arXiv:quant-ph 1503.01017v3") == List{"1503.01017"});
  CHECK(ids(Kind::arxiv, "JHEP 07 (2009) 055, [ 0903.0883]") == List{"0903.0883"});
  CHECK(ids(Kind::arxiv, "1407.3561v1") == List{"1407.3561"});
}

TEST_CASE("old-style arXiv ids") {
  CHECK(ids(Kind::arxiv, "B.A. Dobrescu, hep-ph/9510424.") == List{"hep-ph/9510424"});
  CHECK(ids(Kind::arxiv, "math.NA/9901123") == List{"math/9901123"});
  CHECK(ids(Kind::arxiv, "gr-qc/9901123v3") == List{"gr-qc/9901123"});
  CHECK(ids(Kind::arxiv, "physics/0303098/") == List{"physics/0303098"});
  CHECK(ids(Kind::arxiv, "cond-mat/0309488.8383") == List{"cond-mat/0309488"});
  CHECK(ids(Kind::arxiv, "hepph/9510424") == List{"hep-ph/9510424"});
}

TEST_CASE("arXiv date rules") {
  CHECK(ids(Kind::arxiv, "1210.12345v9").empty());      // 5 digits before 2015
  CHECK(ids(Kind::arxiv, "arXiv:2409.1839.").empty());  // 4 digits after 2014
  CHECK(ids(Kind::arxiv, "9910.1234").empty());
  CHECK(ids(Kind::arxiv, "0703.1234").empty());   // before April 2007
  CHECK(ids(Kind::arxiv, "2612.12345").empty());  // after the latest month (2512 in these tests)
  CHECK(ids(Kind::arxiv, "hep-th/0801001").empty());
  CHECK(ids(Kind::arxiv, "cond-mat/97063007").empty());
}

TEST_CASE("numbers that only look like arXiv ids") {
  CHECK(ids(Kind::arxiv, "Pspin=1008.3408s").empty());
  CHECK(ids(Kind::arxiv, "2448446.4710(5)").empty());
  CHECK(ids(Kind::arxiv, "DOI:http://dx.doi.org/10.1198/tast.2010.09132").empty());
  CHECK(ids(Kind::arxiv, "10.2387/234310.2347/39423").empty());
  CHECK(ids(Kind::arxiv, "hep-ph/1203.12345v12").empty());
  CHECK(ids(Kind::arxiv, "CERN-TH/2001123 and LHCB-PAPER-2017-001").empty());
  CHECK(ids(Kind::arxiv, "http://example.org/files/1501.01234").empty());
}

TEST_CASE("arXiv ids in arxiv.org URLs and the DataCite DOI") {
  CHECK(ids(Kind::arxiv, "https://arxiv.org/pdf/1912.03529v1.pdf") == List{"1912.03529"});
  CHECK(ids(Kind::arxiv, "https://arxiv.org/ps/1912.03529v1") == List{"1912.03529"});
  CHECK(ids(Kind::arxiv, "[https://arxiv.org/abs/math.GT/0309001]") == List{"math/0309001"});
  CHECK(ids(Kind::arxiv, "https://doi.org/10.48550/arXiv.2202.01037") == List{"2202.01037"});
  CHECK(ids(Kind::doi, "https://doi.org/10.48550/arXiv.2202.01037") == List{"10.48550/arxiv.2202.01037"});
}

TEST_CASE("arxiv_id_key normalises written ids") {
  CHECK(arxiv_id_key("math.GT/0309001v2", 2512) == "math/0309001");
  CHECK(arxiv_id_key("2312.03884v1", 2512) == "2312.03884");
  CHECK(arxiv_id_key("1203.12345", 2512).empty());
}

// A subject class before an id names where it was filed; the key is the id.
TEST_CASE("a subject class before a new-style id") {
  CHECK(ids(Kind::arxiv, "math.RT/1206.5933") == List{"1206.5933"});
  CHECK(ids(Kind::arxiv, "see math. RT/1206.5933v2, p. 3") == List{"1206.5933"});
  CHECK(ids(Kind::arxiv, "arXiv:cs.LG/1706.03762") == List{"1706.03762"});
  CHECK(ids(Kind::arxiv, "astro-ph.CO/1502.01589") == List{"1502.01589"});
  CHECK(ids(Kind::arxiv, "cond-mat.mes-hall/1501.00001") == List{"1501.00001"});
  CHECK(ids(Kind::arxiv, "(stat.ML/1412.6980)") == List{"1412.6980"});
}

TEST_CASE("the arXiv label joined to the id by a dot") {
  CHECK(ids(Kind::arxiv, "arXiv.math.GR/0512484") == List{"math/0512484"});
  CHECK(ids(Kind::arxiv, "arXiv. math. GR/0512484") == List{"math/0512484"});
  CHECK(ids(Kind::arxiv, "arXiv.hep-th/9901001v2") == List{"hep-th/9901001"});
  CHECK(ids(Kind::arxiv, "arXiv.1206.5933") == List{"1206.5933"});
}

TEST_CASE("subject-class look-alikes that are not arXiv ids") {
  CHECK(ids(Kind::arxiv, "Phys.RT/1206.5933").empty());       // not an arXiv archive
  CHECK(ids(Kind::arxiv, "math.RT/1206.59331").empty());      // continues
  CHECK(ids(Kind::arxiv, "hep-ph/1203.12345").empty());       // five digits before 2015
  CHECK(ids(Kind::arxiv, "math.RT/1213.5933").empty());       // month 13
  CHECK(ids(Kind::arxiv, "stat/0512484").empty());            // no old-style stat archive
  CHECK(ids(Kind::arxiv, "xarXiv.math.GR/0512484").empty());  // continues a word
  CHECK(ids(Kind::arxiv, "arXiv.math.GR/05124845").empty());  // eight digits
}

TEST_CASE("arxiv_id_key's fast path for plain new-style ids agrees with ids::arxiv_key") {
  // Every shape near the plain form: digits around the dot, months and
  // years at the edges of the two numbering schemes, versions, noise.
  std::vector<std::string> written;
  for (const char* yymm : {"0704", "0703", "1412", "1501", "1413", "2312", "2300", "2313", "9912", "0000"})
    for (const char* number : {"0001", "1234", "12345", "123", "123456"})
      for (const char* tail : {"", "v1", "v12", "v", "x", " ", "v1a"})
        written.push_back(std::string(yymm) + "." + number + tail);
  written.insert(written.end(), {"2312.03884", " 2312.03884", "2312,03884", "23a2.03884", "2312.0388a", "2312..03884"});
  for (const auto& w : written) {
    auto general = ream::ids::arxiv_key(w);
    std::string expected = general ? *general : "";
    if (!expected.empty() && expected.find('/') == std::string::npos && std::stoi(expected.substr(0, 4)) > 2512)
      expected.clear();
    INFO(w);
    CHECK(arxiv_id_key(w, 2512) == expected);
  }
}
