// libFuzzer target for the openalex reader (see fuzz_parser.hh).
#include "fuzz_parser.hh"
#include "openalex.hh"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return ream::import::fuzz_parser<ream::import::parse_openalex>(data, size);
}
