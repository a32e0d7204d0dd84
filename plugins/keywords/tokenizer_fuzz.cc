// Fuzzes tokenisation and the whole extractor on arbitrary bytes: no
// crash, no sanitizer report, token offsets stay inside the text, and
// the ASCII segmenter, where it applies, agrees with ICU exactly.
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
  std::vector<ream::keywords::Segment> fast, icu;
  if (ream::keywords::segment_ascii(text, fast)) {
    tokenizer.icu_segments(text, icu);
    if (fast.size() != icu.size()) std::abort();
    for (size_t i = 0; i < fast.size(); ++i)
      if (fast[i].begin != icu[i].begin || fast[i].end != icu[i].end || fast[i].kind != icu[i].kind) std::abort();
  }
  size_t cut = size / 3;
  ream::keywords::Field fields[] = {{text.substr(0, cut), true}, {text.substr(cut), false}};
  extractor.analyse(fields);
  df.add_document(extractor.document_terms());
  extractor.extract(df, 10);
  return 0;
}
