// libFuzzer target: a text read in pieces says exactly what it says read
// whole (split_check.hh), for every format that can be read in pieces.
// (CSL-JSON and OpenAlex read their items in blocks.)  The first byte picks the format, the second the piece size; the
// rest is the text, if the stage would let it through (valid UTF-8, no NUL).
#include <cstdlib>

#include "format_detect.hh"
#include "input_text.hh"
#include "split_check.hh"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace ream::import;
  static const char* const kFormats[] = {"ris",    "medline",   "wos",      "jsonl",
                                         "bibtex", "hf-papers", "csl-json", "openalex"};
  if (size < 2) return 0;
  const FormatSpec* format = format_by_name(kFormats[data[0] % std::size(kFormats)]);
  size_t piece_bytes = 1 + data[1];
  std::string_view text(reinterpret_cast<const char*>(data + 2), size - 2);
  if (find_text_fault(text)) return 0;
  if (read_in_pieces(*format, text, piece_bytes) != read_whole(*format, text)) std::abort();
  return 0;
}
