// See markup_text.hh.  Tags are recognised by RE2 with the shape of a
// start or end tag, so that "a < b" and "x<y" stay as they are; entity
// decoding knows the handful of names exports use and every numeric
// reference.
#include "markup_text.hh"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>

#include <re2/re2.h>

namespace ream::import {
namespace {

re2::StringPiece piece(std::string_view s) { return re2::StringPiece(s.data(), s.size()); }

bool is_block(std::string_view name) {
  static constexpr std::array<std::string_view, 14> blocks = {"p",  "div", "li", "ul", "ol",    "sec", "title",
                                                              "h1", "h2",  "h3", "h4", "table", "tr",  "blockquote"};
  for (auto b : blocks)
    if (name == b) return true;
  return false;
}

void append_utf8(std::string& out, uint32_t c) {
  if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
  char buf[4];
  int32_t n = 0;
  bool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, static_cast<UChar32>(c), error);
  if (!error) out.append(buf, static_cast<size_t>(n));
}

// Decodes the reference at text[i] ('&'), appending it; returns the
// length consumed, or 0 when it is no reference.
size_t decode_reference(std::string_view text, size_t i, std::string& out) {
  static const std::array<std::pair<std::string_view, std::string_view>, 10> named = {{
      {"amp", "&"},
      {"lt", "<"},
      {"gt", ">"},
      {"quot", "\""},
      {"apos", "'"},
      {"nbsp", " "},
      {"ndash", "\u2013"},
      {"mdash", "\u2014"},
      {"hellip", "\u2026"},
      {"copy", "\u00A9"},
  }};
  size_t semi = text.find(';', i);
  if (semi == std::string_view::npos || semi - i > 10) return 0;
  std::string_view name = text.substr(i + 1, semi - i - 1);
  if (name.size() > 1 && name[0] == '#') {
    bool hex = name[1] == 'x' || name[1] == 'X';
    std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    uint32_t c = 0;
    for (char d : digits) {
      int v = std::isdigit(static_cast<unsigned char>(d)) ? d - '0'
              : hex && std::isxdigit(static_cast<unsigned char>(d))
                  ? (std::tolower(static_cast<unsigned char>(d)) - 'a' + 10)
                  : -1;
      if (v < 0 || c > 0x10FFFF) return 0;
      c = c * (hex ? 16 : 10) + static_cast<uint32_t>(v);
    }
    append_utf8(out, c);
    return semi - i + 1;
  }
  for (const auto& [n, value] : named)
    if (n == name) {
      out += value;
      return semi - i + 1;
    }
  return 0;
}

// Paragraph breaks made by block tags: runs of white space around them
// collapse to one "\n\n"; none at the ends.
std::string tidy_paragraphs(const std::string& s) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    bool para = false;
    while (j < s.size() && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r' || s[j] == '\x01')) {
      para = para || s[j] == '\x01';
      ++j;
    }
    if (j > i) {
      if (!out.empty() && j < s.size()) out += para ? "\n\n" : " ";
      i = j;
      continue;
    }
    out += s[i++];
  }
  return out;
}

// Whether `tail` holds a piece of some statement the pattern looks for.
// Most abstracts hold none, and one pass over the bytes with a check at a
// few anchor letters spares them the regular expression (which, asked for
// a position, runs a slow engine).
bool has_statement_cue(std::string_view tail) {
  auto at = [&](size_t i, std::string_view cue) { return tail.compare(i, cue.size(), cue) == 0; };
  for (size_t i = 0; i < tail.size(); ++i) {
    switch (tail[i]) {
      case '\xC2':
        if (at(i, "\u00A9")) return true;
        break;
      case '(':
        if (at(i, "(c)") || at(i, "(C)")) return true;
        break;
      case 'y':
      case 'Y':
        if (at(i, "yright") || at(i, "YRIGHT")) return true;
        break;
      case 'v':
        if (at(i, "ved")) return true;  // all rights reserved
        break;
      case 'p':
        if (at(i, "pen access") || at(i, "pen-access")) return true;
        break;
      case 'b':
        if (at(i, "buted under")) return true;
        break;
      case 'n':
        if (at(i, "nsed under")) return true;
        break;
      case 'h':
        if (at(i, "he author") || at(i, "he Author")) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

}  // namespace

bool has_markup(std::string_view text) {
  static const RE2 markup(R"(</?[A-Za-z][A-Za-z0-9:_.-]*(?:\s[^<>]*)?/?>|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-z]+);)");
  return (text.find('<') != std::string_view::npos || text.find('&') != std::string_view::npos) &&
         RE2::PartialMatch(piece(text), markup);
}

std::string markup_to_text(std::string_view text) {
  if (!has_markup(text)) return std::string(text);
  static const RE2 tag(R"(<(/?)([A-Za-z][A-Za-z0-9:_.-]*)(?:\s[^<>]*)?/?>)");
  static const RE2 abstract_heading(R"((?i)^\s*<(?:jats:)?title>\s*abstract\s*</(?:jats:)?title>)");
  std::string out;
  re2::StringPiece input = piece(text);
  RE2::Consume(&input, abstract_heading);  // "Abstract" heads the text it is: not part of it
  std::string_view rest(input.data(), input.size());
  size_t i = 0;
  while (i < rest.size()) {
    char c = rest[i];
    if (c == '<') {
      re2::StringPiece at(rest.data() + i, rest.size() - i);
      re2::StringPiece close, name;
      if (RE2::Consume(&at, tag, &close, &name)) {
        std::string local(name.data(), name.size());
        if (size_t colon = local.rfind(':'); colon != std::string::npos) local = local.substr(colon + 1);
        for (char& ch : local) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        size_t consumed = static_cast<size_t>(at.data() - (rest.data() + i));
        if (is_block(local) || local == "br") out += '\x01';  // a paragraph ends here
        i += consumed;
        continue;
      }
    }
    if (c == '&') {
      if (size_t n = decode_reference(rest, i, out)) {
        i += n;
        continue;
      }
    }
    out += c;
    ++i;
  }
  return tidy_paragraphs(out);
}

std::string without_rights_statements(std::string text) {
  // Where a statement starts: at the start of the text or of a sentence.
  static const RE2 statement(
      R"((?i)(?:^|[.!?]\s+|\n)((?:©|\(c\)\s*(?:19|20)\d\d|copyright\b|all rights reserved|)"
      R"(this (?:is an )?open[- ]access article|this article is (?:protected by copyright|distributed under|)"
      R"(licensed under|an open access)|)"
      R"(the authors?,? (?:19|20)\d\d\. (?:published|this))))");
  // A statement near the end takes everything after it; the window keeps
  // a mid-abstract sentence about copyright law.
  constexpr size_t kTail = 400;
  size_t from = text.size() > kTail ? text.size() - kTail : 0;
  // Only cut at a point whose remainder reads as statements: keep looking
  // for the earliest such start in the tail.
  std::string_view tail(text.data() + from, text.size() - from);
  if (!has_statement_cue(tail)) return text;
  re2::StringPiece input(tail.data(), tail.size());
  re2::StringPiece match;
  // Asking for the position costs a slower engine: ask whether first.
  if (!RE2::PartialMatch(input, statement) || !RE2::PartialMatch(input, statement, &match)) return text;
  size_t cut = static_cast<size_t>(match.data() - text.data());
  // Never remove the whole abstract.
  if (cut == 0) return text;
  text.resize(cut);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
  return text;
}

bool says_no_abstract(std::string_view abstract) {
  // Short by nature: the check never reads into a real abstract.
  if (abstract.size() > 60) return false;
  static const RE2 placeholder(
      R"((?i)\W*(?:no abstract(?: is)?(?: available)?|abstract(?: is)? not available)(?: for this (?:article|paper|item))?\W*)");
  return RE2::FullMatch(re2::StringPiece(abstract.data(), abstract.size()), placeholder);
}

}  // namespace ream::import
