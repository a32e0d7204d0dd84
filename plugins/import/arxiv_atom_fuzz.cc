// libFuzzer target for the arXiv Atom feed reader (see fuzz_parser.hh).
#include "arxiv.hh"
#include "fuzz_parser.hh"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return ream::import::fuzz_parser<ream::import::parse_arxiv_atom>(data, size);
}
