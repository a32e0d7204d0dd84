#include "url_scanner.hh"

#include <catch2/catch.hpp>

#include "test_support.hh"

using namespace ream::cite;
using namespace ream::cite::testing;

TEST_CASE("URL trailing punctuation and brackets") {
  CHECK(ids(Kind::url, "http://example.com/foo_(bar)") == List{"http://example.com/foo_(bar)"});
  CHECK(ids(Kind::url, "(see http://x.org/).") == List{"http://x.org/"});
  CHECK(ids(Kind::url, "http://foo.com/blah_blah_[other]") == List{"http://foo.com/blah_blah_[other]"});
  CHECK(ids(Kind::url, "\"http://arxiv.org\"") == List{"http://arxiv.org"});
  CHECK(ids(Kind::url, "http://foo.com/a_\"quoted\"") == List{"http://foo.com/a_\"quoted\""});
  CHECK(ids(Kind::url, "'Quoted like http://example.com/foo_bar'") == List{"http://example.com/foo_bar"});
  CHECK(ids(Kind::url, "http://example.com/123!!!") == List{"http://example.com/123"});
  CHECK(ids(Kind::url, "See http://example.com/123; Example") == List{"http://example.com/123"});
  CHECK(ids(Kind::url, "<http://domain.com/foo>.") == List{"http://domain.com/foo"});
  CHECK(ids(Kind::url, "< http://example.com/1<2 ><") == List{"http://example.com/1"});
}

TEST_CASE("URL authorities are validated") {
  CHECK(ids(Kind::url, "http://user@example.com:8080/x?y=1#z") == List{"http://user@example.com:8080/x?y=1#z"});
  CHECK(ids(Kind::url, "http://172.26.142.48/viewerjs/#../0529/slides.pdf").size() == 1);
  CHECK(ids(Kind::url, "http://localhost:8000?") == List{"http://localhost:8000"});
  CHECK(ids(Kind::url, "http://.example.com").empty());
  CHECK(ids(Kind::url, "http://-example.com").empty());
  CHECK(ids(Kind::url, "http://example.com_").empty());
  CHECK(ids(Kind::url, "http://??").empty());
  CHECK(ids(Kind::url, "hppt://example.com").empty());
  CHECK(ids(Kind::url, "http://example.com:99999/").empty());
  CHECK(ids(Kind::url,
            "http://exo:cm\x18"
            "464ame.plo:cm8464")
            .empty());  // found by the fuzzer
}

TEST_CASE("URLs in other scripts end at Unicode punctuation") {
  CHECK(ids(Kind::url,
            "\xEF\xBD\x9Chttp://google.com\xEF\xBD\x9C"
            "bar") == List{"http://google.com"});
  std::string zwj = "http://x.com/\xE0\xB4\xAA\xE0\xB5\x8D\xE2\x80\x8D.html more";
  CHECK(ids(Kind::url, zwj) == List{"http://x.com/\xE0\xB4\xAA\xE0\xB5\x8D\xE2\x80\x8D.html"});
}

TEST_CASE("schemeless domains follow the policy") {
  CHECK(ids(Kind::url, "see github.com/ream/ream.") == List{"github.com/ream/ream"});
  CHECK(ids(Kind::url, "www.example.co.uk/x") == List{"www.example.co.uk/x"});
  CHECK(ids(Kind::url, "192.168.1.1/abc") == List{"192.168.1.1/abc"});
  CHECK(ids(Kind::url, "section 4.4.4.4").empty());
  CHECK(ids(Kind::url, "node.js and io.js, README.md, b.c.c. and h.c.p. metals, math.CO").empty());
  CHECK(ids(Kind::url, "example.coma @example.com google.com:500000").empty());
  CHECK(scan_urls("github.com/x", Schemeless::none).empty());
  CHECK(scan_urls("github.com/x www.a.de", Schemeless::www).size() == 1);
  auto refs = scan_urls("go to github.com", Schemeless::gtld);
  REQUIRE(refs.size() == 1);
  CHECK(refs[0].url == "http://github.com");
  CHECK(refs[0].begin == 6);
  CHECK(refs[0].end == 16);
}

TEST_CASE("braces and apostrophes in URL paths") {
  CHECK(ids(Kind::url, "http://example.com/{id}/list") == List{"http://example.com/{id}/list"});
  CHECK(ids(Kind::url, "http://example.com/foo's_bar") == List{"http://example.com/foo's_bar"});
  CHECK(ids(Kind::url, "{{cite web|url=http://example.com/a}}") == List{"http://example.com/a"});
  CHECK(ids(Kind::url, "{see http://example.com/a}.") == List{"http://example.com/a"});
  CHECK(ids(Kind::url, "\\href{https://github.com/a/b}{the code}") == List{"https://github.com/a/b"});
  CHECK(ids(Kind::url, "https://github.com/a/b{https://github.com/a/b}") ==
        List{"https://github.com/a/b", "https://github.com/a/b"});
  CHECK(ids(Kind::url, "\\url{www.example.com/x}.") == List{"www.example.com/x"});
  CHECK(ids(Kind::url, "http://en.wikipedia.org/wiki/Hilbert's_paradox") ==
        List{"http://en.wikipedia.org/wiki/Hilbert's_paradox"});
}

TEST_CASE("internationalised host names (RFC 3987)") {
  CHECK(ids(Kind::url, "http://例え.テスト/パス") == List{"http://例え.テスト/パス"});
  CHECK(ids(Kind::url, "see http://☃.net/x.") == List{"http://☃.net/x"});
  CHECK(ids(Kind::url, "http://i❤.ws") == List{"http://i❤.ws"});
  CHECK(ids(Kind::url, "https://bücher.de/katalog?q=ä") == List{"https://bücher.de/katalog?q=ä"});
  CHECK(ids(Kind::url, "http://пример.испытание/") == List{"http://пример.испытание/"});
  CHECK(ids(Kind::url, "http://example.com/page😀") == List{"http://example.com/page"});
}

TEST_CASE("URL look-alikes") {
  CHECK(ids(Kind::url, "http://-☃.net http://☃-.net http://.net").empty());
  CHECK(ids(Kind::url, "http://{example}.com").empty());
  CHECK(ids(Kind::url, "http://exa'mple.com").empty());
  CHECK(ids(Kind::url, "http://example.com＋x").size() == 1);
}

TEST_CASE("a database's name in prose is not a link; a written link to it is") {
  CHECK(ids(Kind::url, "posted to arXiv.org and indexed by dblp.org.").empty());
  CHECK(ids(Kind::url, "see www.semanticscholar.org/").empty());
  CHECK(ids(Kind::url, "http://arXiv.org") == List{"http://arXiv.org"});
  CHECK(ids(Kind::url, "dblp.org/rec/conf/x/Y20") == List{"dblp.org/rec/conf/x/Y20"});
  CHECK(ids(Kind::url, "example.org") == List{"example.org"});
}
