// Fuzzes the field scanners (years, pages, author strings, titles) with
// arbitrary bytes: none may crash, hang or read out of bounds.
#include <cstddef>
#include <cstdint>
#include <string>

#include "record_fields.hh"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  ream::dedupe::Fields f;
  f.title = f.year = f.pages = f.venue = f.volume = f.abstract = f.arxiv = f.doi = text;
  f.authors = {text};
  auto a = ream::dedupe::extract_features(f);
  ream::dedupe::parse_pages(text);
  ream::dedupe::split_author_string(text);
  f.authors = {text, text};
  auto b = ream::dedupe::extract_features(f);
  return ream::dedupe::author_similarity(a.authors, b.authors) > 2 ? 1 : 0;
}
