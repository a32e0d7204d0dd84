// libFuzzer target for the hf-papers reader (see fuzz_parser.hh).
#include "fuzz_parser.hh"
#include "hf_papers.hh"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return ream::import::fuzz_parser<ream::import::parse_hf_papers>(data, size);
}
