// libFuzzer target for the RIS reader (see fuzz_parser.hh).  It gets
// every byte string, not only those the stage lets through: the parser
// must cope on its own.
#include "fuzz_parser.hh"
#include "ris.hh"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return ream::import::fuzz_parser<ream::import::parse_ris>(data, size, false);
}
