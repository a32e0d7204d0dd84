// libFuzzer target for the Web of Science reader (see fuzz_parser.hh).
#include "fuzz_parser.hh"
#include "wos.hh"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return ream::import::fuzz_parser<ream::import::parse_wos>(data, size);
}
