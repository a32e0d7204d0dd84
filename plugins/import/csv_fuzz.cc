// libFuzzer target for the csv reader (see fuzz_parser.hh).
#include "csv.hh"
#include "fuzz_parser.hh"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return ream::import::fuzz_parser<ream::import::parse_csv>(data, size);
}
