// libFuzzer target for the crossref reader (see fuzz_parser.hh).
#include "crossref.hh"
#include "fuzz_parser.hh"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return ream::import::fuzz_parser<ream::import::parse_crossref>(data, size);
}
