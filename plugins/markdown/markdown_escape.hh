// Escaping record text for every place it can land in a Markdown document.
//
// Record text is untrusted: a title may hold `*`, `<script>`, a newline
// followed by `# `, or a `javascript:` URL.  Each function here returns a
// fragment that CommonMark and GitHub-flavoured Markdown (tables,
// strikethrough, autolinks) render as exactly the original text, or, for
// links, as a link to exactly the original (safe) address.
#ifndef REAM_MARKDOWN_ESCAPE_HH
#define REAM_MARKDOWN_ESCAPE_HH

#include <string>
#include <string_view>

namespace ream::markdown {

// Control characters (C0, DEL, C1) and line breaks become spaces, runs of
// ASCII white space become one space, and the ends are trimmed: a field can
// never start a new line or block.
std::string fold_text(std::string_view s);

// Folded text escaped for any inline position: paragraph, heading, link
// text, list item and table cell (so `|` is escaped too).  Safe at the
// start of a line as well.
std::string inline_text(std::string_view s);

// Folded text as a code span, with a fence longer than any backtick run
// inside.  Empty for empty text (CommonMark has no empty code span).  Not
// for table cells: a backslash before `|` cannot survive there.
std::string code_span(std::string_view s);

// True when `url` may become a link: http, https, ftp and mailto, or a
// relative reference.  Checked the way browsers read URLs, after removing
// tabs and line breaks and trimming control characters and spaces.
bool safe_url(std::string_view url);

// `url` as a `<…>` link destination (spaces, controls and angle brackets
// percent-encoded, `&` as `&amp;`, `\` and `|` backslash-escaped), or "" when the
// URL is empty or unsafe.
std::string link_destination(std::string_view url);

// `[text](<url>)`, or the escaped text alone when the URL is unsafe.
std::string text_link(std::string_view text, std::string_view url);

// A local link to an anchor id made by ream (ASCII letters, digits, `-`).
std::string anchor_link(std::string_view text, std::string_view anchor);

// Percent-encodes what may not appear raw in a URL path segment taken
// from an identifier (a DOI such as 10.1002/(SICI)…<693::AID>…).
std::string percent_encode_path(std::string_view s);

}  // namespace ream::markdown

#endif
