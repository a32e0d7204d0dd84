// What the arXiv readers share (see arxiv.hh), and telling them apart.
#include "arxiv.hh"

#include <fmt/format.h>
#include <re2/re2.h>

#include <ream/identifiers.hpp>

#include "paper_extra.hh"

namespace ream::import {

void parse_arxiv(std::string_view text, PaperSink& out) {
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && text[first] == '<') return parse_arxiv_atom(text, out);
  parse_arxiv_text(text, out);
}

void settle_arxiv_paper(Paper& p) {
  auto key = ids::arxiv_key(p.arxiv);
  if (!key) return;
  if (p.url.empty()) p.url = "https://arxiv.org/abs/" + p.arxiv;
  if (p.doi.empty()) p.doi = doi_of("10.48550/arXiv." + *key);
  if (!p.year) {
    // The id says when it was issued: YYMM.NNNNN, or archive/YYMMNNN.
    size_t slash = key->find('/');
    std::string_view yy = std::string_view(*key).substr(slash == std::string::npos ? 0 : slash + 1, 2);
    if (yy.size() == 2 && yy[0] >= '0' && yy[0] <= '9' && yy[1] >= '0' && yy[1] <= '9') {
      int two = (yy[0] - '0') * 10 + (yy[1] - '0');
      p.year = two >= 91 ? 1900 + two : 2000 + two;  // arXiv began in 1991
    }
  }
  if (p.type.empty()) p.type = "article";
  put_text(p, "publisher", "arXiv");
}

std::vector<std::string> arxiv_author_list(std::string_view authors) {
  std::vector<std::string> out;
  std::string current;
  int depth = 0;
  auto flush = [&] {
    size_t b = current.find_first_not_of(' '), e = current.find_last_not_of(' ');
    if (b != std::string::npos) {
      std::string name = current.substr(b, e - b + 1);
      if (name.starts_with("and ")) name.erase(0, 4);
      if (!name.empty()) out.push_back(std::move(name));
    }
    current.clear();
  };
  for (size_t i = 0; i < authors.size(); ++i) {
    char c = authors[i];
    if (c == '(') ++depth;
    if (depth == 0 && c == ',') {
      flush();
      continue;
    }
    if (depth == 0 && authors.substr(i, 5) == " and ") {
      flush();
      i += 4;
      continue;
    }
    if (depth == 0) current += c;
    if (c == ')' && depth > 0) --depth;
  }
  flush();
  return out;
}

Evidence detect_arxiv(const Sample& sample) {
  re2::StringPiece head(sample.head.data(), sample.head.size());
  static const RE2 feed(R"re(<feed[^>]*xmlns="http://www\.w3\.org/2005/Atom")re");
  static const RE2 from_arxiv(
      R"re(<id>https?://arxiv\.org/(?:api|abs)/|xmlns:arxiv="http://arxiv\.org/schemas/atom")re");
  if (!sample.lines.empty() && sample.lines.front().front() == '<') {
    if (RE2::PartialMatch(head, feed) && RE2::PartialMatch(head, from_arxiv))
      return {kCertain, "an Atom feed from the arXiv API"};
    return {};
  }
  static const RE2 entry(R"re(\[\d+\]\s+arXiv:\S+.*)re");
  static const RE2 cite(R"re(Cite as:\s+arXiv:\S+.*)re");
  for (size_t i = 0; i < sample.lines.size(); ++i) {
    re2::StringPiece line(sample.lines[i].data(), sample.lines[i].size());
    if (RE2::FullMatch(line, entry))
      return {kCertain, fmt::format("arXiv listing entry '{}' at line {}", sample.lines[i], sample.line_numbers[i])};
    if (RE2::FullMatch(line, cite))
      return {kCertain, fmt::format("arXiv abstract page '{}' at line {}", sample.lines[i], sample.line_numbers[i])};
  }
  return {};
}

}  // namespace ream::import
