#include "markdown_escape.hh"

#include <catch2/catch.hpp>

using namespace ream::markdown;

TEST_CASE("fold_text turns controls and line breaks into single spaces", "[escape]") {
  CHECK(fold_text("  a\n\n# b\t c\r\n") == "a # b c");
  CHECK(fold_text(std::string("a\0b", 3)) == "a b");
  CHECK(fold_text("a\x7f"
                  "b") == "a b");
  CHECK(fold_text("a\u0085b\u2028c\u2029d") == "a b c d");
  CHECK(fold_text("caf\u00e9 \u00a0x") == "caf\u00e9 \u00a0x");  // NBSP is text, not a separator
  CHECK(fold_text("") == "");
}

TEST_CASE("inline_text escapes what can open or close a construct", "[escape]") {
  CHECK(inline_text("a*b_c") == "a\\*b\\_c");
  CHECK(inline_text("[x](y)") == "\\[x\\](y)");
  CHECK(inline_text("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>");
  CHECK(inline_text("a `b` c") == "a \\`b\\` c");
  CHECK(inline_text("C:\\path") == "C:\\\\path");
  CHECK(inline_text("~~no~~") == "\\~\\~no\\~\\~");
  CHECK(inline_text("a|b") == "a\\|b");
  CHECK(inline_text("$x$") == "\\$x\\$");
  CHECK(inline_text("C# #1") == "C\\# \\#1");
}

TEST_CASE("inline_text escapes entities, images and autolinks only where they form", "[escape]") {
  CHECK(inline_text("AT&T &amp; &#64; & x") == "AT\\&T \\&amp; \\&\\#64; & x");
  CHECK(inline_text("![img]") == "\\!\\[img\\]");
  CHECK(inline_text("wow!") == "wow!");
  CHECK(inline_text("see http://x.org") == "see http\\://x.org");
  CHECK(inline_text("Title: Subtitle") == "Title: Subtitle");
  CHECK(inline_text("visit www.x.org or WWW.Y.ORG") == "visit www\\.x.org or WWW\\.Y.ORG");
}

TEST_CASE("inline_text escapes block markers at the start", "[escape]") {
  CHECK(inline_text("- item") == "\\- item");
  CHECK(inline_text("+ item") == "\\+ item");
  CHECK(inline_text("* item") == "\\* item");
  CHECK(inline_text("===") == "\\===");
  CHECK(inline_text("---") == "\\---");
  CHECK(inline_text("1. First") == "1\\. First");
  CHECK(inline_text("2024) Year") == "2024\\) Year");
  CHECK(inline_text("# Heading") == "\\# Heading");
  CHECK(inline_text("> quote") == "\\> quote");
  CHECK(inline_text("    code") == "code");
  CHECK(inline_text("a - b 1. c") == "a - b 1. c");
}

TEST_CASE("inline_text leaves emoji and right-to-left text alone", "[escape]") {
  CHECK(inline_text("\xf0\x9f\x98\x80 \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d") ==
        "\xf0\x9f\x98\x80 \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d");
}

TEST_CASE("code_span picks a fence longer than any backtick run", "[escape]") {
  CHECK(code_span("x") == "`x`");
  CHECK(code_span("a`b") == "``a`b``");
  CHECK(code_span("`a``") == "``` `a`` ```");
  CHECK(code_span("a\nb") == "`a b`");
  CHECK(code_span("") == "");
}

TEST_CASE("safe_url allows web and mail schemes and relative references", "[escape]") {
  CHECK(safe_url("https://arxiv.org/abs/2312.03884"));
  CHECK(safe_url("HTTP://X.ORG"));
  CHECK(safe_url("ftp://x.org/f"));
  CHECK(safe_url("mailto:a@b.c"));
  CHECK(safe_url("paper.pdf"));
  CHECK(safe_url("/a:b"));
  CHECK_FALSE(safe_url("javascript:alert(1)"));
  CHECK_FALSE(safe_url("JavaScript:alert(1)"));
  CHECK_FALSE(safe_url(" \x01javascript:alert(1)"));
  CHECK_FALSE(safe_url("java\nscript:alert(1)"));
  CHECK_FALSE(safe_url("java\tscript:alert(1)"));
  CHECK_FALSE(safe_url("vbscript:x"));
  CHECK_FALSE(safe_url("data:text/html,<script>"));
  CHECK_FALSE(safe_url("file:///etc/passwd"));
  CHECK_FALSE(safe_url(""));
  CHECK_FALSE(safe_url(" \n "));
}

TEST_CASE("link_destination makes a <...> destination that keeps the address", "[escape]") {
  CHECK(link_destination("https://x.org/a b") == "<https://x.org/a%20b>");
  CHECK(link_destination("https://x.org/f_(b)") == "<https://x.org/f_(b)>");
  CHECK(link_destination("https://x.org/<a>") == "<https://x.org/%3Ca%3E>");
  CHECK(link_destination("https://x.org/?a=1&amp;b|c\\d") == "<https://x.org/?a=1&amp;amp;b\\|c\\\\d>");
  CHECK(link_destination("javascript:alert(1)") == "");
  CHECK(link_destination("https://x.org/\x7f") == "<https://x.org/%7F>");
}

TEST_CASE("link drops unsafe destinations but keeps the text", "[escape]") {
  CHECK(text_link("A *b*", "https://x.org") == "[A \\*b\\*](<https://x.org>)");
  CHECK(text_link("A", "javascript:alert(1)") == "A");
  CHECK(text_link("", "https://x.org") == "[https\\://x.org](<https://x.org>)");
  CHECK(anchor_link("T [1]", "paper-x") == "[T \\[1\\]](#paper-x)");
}

TEST_CASE("percent_encode_path keeps DOI punctuation that URLs allow", "[escape]") {
  CHECK(percent_encode_path("10.1016/0304-3975(94)00281-m") == "10.1016/0304-3975(94)00281-m");
  CHECK(percent_encode_path("10.1002/(sici)1097<693::aid>3.0.co;2-0") == "10.1002/(sici)1097%3C693::aid%3E3.0.co;2-0");
  CHECK(percent_encode_path("a#b?c%d e") == "a%23b%3Fc%25d%20e");
}
