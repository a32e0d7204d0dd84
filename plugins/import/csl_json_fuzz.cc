// libFuzzer target for the CSL-JSON reader (see fuzz_parser.hh).
#include "csl_json.hh"
#include "fuzz_parser.hh"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return ream::import::fuzz_parser<ream::import::parse_csl_json>(data, size);
}
