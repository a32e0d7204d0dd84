// Fuzzes tokenisation, boilerplate detection and the whole extractor on
// arbitrary bytes: no crash, no sanitizer report, token offsets stay
// inside the text and boilerplate ranges are ordered, disjoint and inside
// it, and chunked segmentation (through the cache) equals ICU's on the
// whole text.
#include "boilerplate.hh"
#include "extractor.hh"
#include "tokenizer.hh"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static ream::keywords::Tokenizer tokenizer;
  static ream::keywords::Extractor extractor(ream::keywords::Stoplist::builtin());
  static ream::keywords::DocumentFrequency df(extractor.terms());
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<ream::keywords::Token> tokens;
  tokenizer.tokenize(text, tokens);
  for (const auto& t : tokens)
    if (t.begin > t.end || t.end > size) std::abort();
  // Segmentation chunk by chunk through the cache must be ICU's on the whole text.
  static ream::keywords::Tokenizer whole;
  std::vector<ream::keywords::Segment> expected, got;
  whole.icu_segments(text, expected);
  tokenizer.segments(text, got);
  if (expected.size() != got.size()) std::abort();
  for (size_t i = 0; i < got.size(); ++i)
    if (expected[i].begin != got[i].begin || expected[i].end != got[i].end || expected[i].kind != got[i].kind)
      std::abort();
  static ream::keywords::BoilerplateFinder boilerplate;
  std::vector<ream::keywords::ByteRange> ranges;
  boilerplate.find(text, ranges);
  for (size_t i = 0; i < ranges.size(); ++i)
    if (ranges[i].begin > ranges[i].end || ranges[i].end > size || (i > 0 && ranges[i - 1].end > ranges[i].begin))
      std::abort();
  size_t cut = size / 3;
  ream::keywords::Field fields[] = {{text.substr(0, cut), true}, {text.substr(cut), false}};
  extractor.analyse(fields);
  df.add_document(extractor.document_terms());
  extractor.extract(df, 10);
  return 0;
}
