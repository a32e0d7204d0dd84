// libFuzzer target for the MEDLINE reader (see fuzz_parser.hh).
#include "fuzz_parser.hh"
#include "medline.hh"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return ream::import::fuzz_parser<ream::import::parse_medline>(data, size);
}
