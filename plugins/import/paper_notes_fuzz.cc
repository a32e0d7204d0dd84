// libFuzzer target for the paper-notes reader (see fuzz_parser.hh).
#include "fuzz_parser.hh"
#include "paper_notes.hh"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return ream::import::fuzz_parser<ream::import::parse_paper_notes>(data, size);
}
