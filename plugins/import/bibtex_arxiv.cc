// Finding arXiv ids in free text (see bibtex_arxiv.hh).
//
// RE2 finds the candidates in linear time; ream::ids::arxiv_key then
// applies arXiv's date rules, so that "arXiv:9999.99999" or a report
// number shaped like an id is not taken for one.
#include "bibtex_arxiv.hh"

#include <re2/re2.h>

#include "ream/identifiers.hpp"

namespace ream::import {

std::string arxiv_mention(std::string_view text) {
  static const RE2 mention(
      R"((?i)(?:arxiv\s*:\s*|arxiv\.org/(?:abs|pdf)/|\bcorr\s+abs/)((?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[a-z]{2})?/\d{7})(?:v\d+)?))");
  re2::StringPiece input(text.data(), text.size());
  std::string id;
  while (RE2::FindAndConsume(&input, mention, &id))
    if (ids::arxiv_key(id)) return id;
  return std::string();
}

}  // namespace ream::import
