// libFuzzer entry for the RIS reader: any bytes must neither crash, hang
// nor trip a sanitizer.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "bibtex_test_sink.hh"
#include "ris.hh"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ream::import::KeepingSink sink;
  ream::import::parse_ris(std::string_view(reinterpret_cast<const char*>(data), size), sink);
  return 0;
}
