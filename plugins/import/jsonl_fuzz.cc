// libFuzzer target for the JSON Lines reader (see fuzz_parser.hh).
#include "fuzz_parser.hh"
#include "jsonl.hh"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return ream::import::fuzz_parser<ream::import::parse_jsonl>(data, size);
}
