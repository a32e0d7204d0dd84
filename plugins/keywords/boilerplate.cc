// Boilerplate sentence detection; see boilerplate.hh for the rules.
#include "boilerplate.hh"

#include <algorithm>
#include <stdexcept>

namespace ream::keywords {

namespace {

// Each alternative names the publication, its rights or its money, never a
// topic: "licence" alone is left out because licensing is a research
// subject, and so are "funding" and "society".
constexpr const char* kMarkers =
    "(?i)"
    "©|\\(c\\)\\s*(?:19|20)\\d\\d|\\bcopyright\\s*(?:©|\\(c\\)|(?:19|20)\\d\\d)|\\brights reserved\\b"
    "|\\blicen[cs]ed under\\b|\\bcreative commons\\b|\\bcc[- ]by\\b|\\bopen[- ]access article\\b"
    "|\\bpublished by\\b|\\bpublished on behalf of\\b"
    // A sentence of a year and a publisher's name: "2021 Massachusetts Medical Society."
    "|(?:^|[.!?]\\s)\\s*(?:19|20)\\d\\d\\s+(?:by\\s+)?(?:the\\s+)?(?-i:(?:[A-Z][\\w&-]*\\s+){0,6}"
    "(?:Society|Publishing|Publishers|Press|Elsevier|Springer|Wiley|Ltd|Inc|GmbH|Foundation|B\\.V))"
    "|\\b(?:work|research|study|project)\\s+(?:was|is|has been)\\s+(?:\\w+\\s+)?(?:supported|funded|sponsored)\\b"
    "|\\bfunded by\\b|\\bgrants?\\s+(?:no|number|agreement)\\b|\\backnowledg(?:e)?ments?\\b"
    "|\\bthe authors?\\s+(?:thank|acknowledge|gratefully|declare)";

bool lower_letter(char c) { return c >= 'a' && c <= 'z'; }
bool space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Whether a sentence ends right after text[i] (a terminator or a newline).
bool ends_sentence(std::string_view text, size_t i) {
  char c = text[i];
  if (c == '\n') return true;
  if (c != '.' && c != '!' && c != '?') return false;
  size_t j = i + 1;
  if (j < text.size() && !space(text[j])) return false;
  while (j < text.size() && space(text[j])) ++j;
  if (j >= text.size()) return true;
  // "Ltd. on behalf of": no sentence starts in lower case.
  if (lower_letter(text[j])) return false;
  // "Grant No. 61772", "Vol. 3": a number after a short abbreviation.
  if (text[j] >= '0' && text[j] <= '9') {
    size_t letters = 0;
    while (letters < i && ((text[i - letters - 1] | 0x20) >= 'a' && (text[i - letters - 1] | 0x20) <= 'z')) ++letters;
    return letters > 3;
  }
  return true;
}

size_t sentence_begin(std::string_view text, size_t at) {
  while (at > 0 && !ends_sentence(text, at - 1)) --at;
  return at;
}

// A notice starts at its mark ("text. © 2020 Elsevier" or "text (c) 2020
// IEEE"): a missing full stop before it must not take the topic sentence
// with it.
bool starts_notice(std::string_view match) {
  constexpr std::string_view kCopyright = "copyright";
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  if (!match.empty() && (match[0] == '.' || match[0] == '!' || match[0] == '?' || (match[0] >= '0' && match[0] <= '9')))
    return true;  // a year and a publisher, found from the previous sentence's end
  return match.starts_with("\u00a9") || match.starts_with("(") ||
         (match.size() >= kCopyright.size() && std::equal(kCopyright.begin(), kCopyright.end(), match.begin(),
                                                          [&](char a, char b) { return a == lower(b); }));
}

size_t sentence_end(std::string_view text, size_t at) {
  while (at < text.size() && !ends_sentence(text, at)) ++at;
  return at < text.size() ? at + 1 : at;
}

}  // namespace

BoilerplateFinder::BoilerplateFinder() : marker_(kMarkers) {
  if (!marker_.ok()) throw std::logic_error("boilerplate pattern: " + marker_.error());
}

void BoilerplateFinder::find(std::string_view text, std::vector<ByteRange>& out) const {
  out.clear();
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  size_t from = 0;
  while (from < text.size() && marker_.Match(input, from, text.size(), re2::RE2::UNANCHORED, &match, 1)) {
    size_t at = static_cast<size_t>(match.data() - text.data());
    const bool notice = starts_notice(std::string_view(match.data(), match.size()));
    while (at < text.size() && (text[at] == '.' || text[at] == '!' || text[at] == '?' || space(text[at]))) ++at;
    size_t begin = notice ? at : sentence_begin(text, at);
    size_t end = sentence_end(text, at + (match.empty() ? 1 : match.size()) - 1);
    if (!out.empty() && out.back().end >= begin)
      out.back().end = static_cast<uint32_t>(end);
    else
      out.push_back({static_cast<uint32_t>(std::max(begin, from)), static_cast<uint32_t>(end)});
    from = end;
  }
}

}  // namespace ream::keywords
