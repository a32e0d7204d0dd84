#include "pattern_prefilters.hh"

#include <catch2/catch.hpp>

#include "find_references.hh"

using namespace ream::cite;

TEST_CASE("prefilters accept every form the scanners find") {
  CHECK(may_hold_bare_domain("see example.org now", {}));
  CHECK(may_hold_bare_domain("www.x.io", {}));
  CHECK(may_hold_bare_domain("\xC3\xBC.com", {}));  // a label may end in a non-ASCII letter
  CHECK(may_hold_dotted_quad("at 4.4.4.4:80/x"));
  CHECK(may_hold_new_arxiv_id("arXiv:2312.03884v2"));
  CHECK(may_hold_new_arxiv_id("0704.0001"));
  CHECK(may_hold_old_arxiv_id("hep-th/9901001"));
  CHECK(may_hold_isbn_label("ISBN 0-13-054091-9"));
  CHECK(may_hold_isbn_label("isbn=2"));
  CHECK(may_hold_isbn_label("Isbn"));
}

TEST_CASE("prefilters reject text without the literal core") {
  CHECK_FALSE(may_hold_bare_domain("e.g., i.e. the U.S. Model.", {}));
  CHECK_FALSE(may_hold_bare_domain("x.Org", {}));  // top-level domains are lower case
  CHECK_FALSE(may_hold_dotted_quad("version 1.2.3 and 4.4"));
  CHECK_FALSE(may_hold_new_arxiv_id("in 2023.5 and 123.45678"));
  CHECK_FALSE(may_hold_old_arxiv_id("and/or 1/2 hep-th/99010"));
  CHECK_FALSE(may_hold_isbn_label("isb n, sbn, ibn"));
}

TEST_CASE("the bare-domain prefilter ignores dots inside URLs with a scheme") {
  std::string text = "code at https://github.com/x/y.";
  Reference url{Kind::url, "https://github.com/x/y", "https://github.com/x/y", 8, 30};
  CHECK_FALSE(may_hold_bare_domain(text, Spans({url})));
  CHECK(may_hold_bare_domain(text + " and x.org", Spans({url})));
}

TEST_CASE("prefiltered scanning finds what the patterns find") {
  ScanPolicy policy;
  policy.latest_yymm = 2512;
  auto refs =
      find_references("see https://github.com/a/b, example.org, 10.1000/xyz and 2312.03884 or hep-th/9901001", policy);
  std::vector<std::string> ids;
  for (const auto& r : refs) ids.push_back(std::string(kind_name(r.kind)) + " " + r.id);
  CHECK(ids == std::vector<std::string>{"url https://github.com/a/b", "url example.org", "doi 10.1000/xyz",
                                        "arxiv 2312.03884", "arxiv hep-th/9901001"});
}
