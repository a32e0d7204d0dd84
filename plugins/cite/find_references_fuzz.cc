// Fuzz target: every scanner over arbitrary bytes.  Beyond "no crash, no
// hang", it checks the span invariant every consumer relies on: each
// reference lies inside the text, and a URL's id is exactly its span;
// title mentions against a small fixed index lie inside the text too.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "find_references.hh"
#include "title_mentions.hh"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (auto policy : {ream::cite::Schemeless::none, ream::cite::Schemeless::gtld}) {
    ream::cite::ScanPolicy scan;
    scan.schemeless = policy;
    scan.latest_yymm = 2512;
    for (const auto& r : ream::cite::find_references(text, scan)) {
      if (r.begin > r.end || r.end > size) std::abort();
      if (r.kind == ream::cite::Kind::url && r.id != text.substr(r.begin, r.end - r.begin)) std::abort();
    }
  }
  for (const auto& w : ream::cite::title_words(text))
    if (w.begin >= w.end || w.end > size) std::abort();
  static const ream::cite::TitleIndex titles = [] {
    ream::cite::TitleIndex index;
    for (const char* t : {"attention is all you need", "deep residual learning for image recognition",
                          "deep residual networks for image recognition revisited", "learning to rank with trees"})
      index.add(t);
    index.build();
    return index;
  }();
  for (const auto& m : titles.find(text))
    if (m.begin >= m.end || m.end > size || m.title > 3) std::abort();
  return 0;
}
