// Fuzz target: unpack_document() on arbitrary bytes either gives a
// document whose node ids are in range or throws std::invalid_argument.
#include "packed_document.hh"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ream::keywords::Document doc;
  try {
    ream::keywords::unpack_document(std::string_view(reinterpret_cast<const char*>(data), size), doc);
  } catch (const std::invalid_argument&) {
    return 0;
  }
  for (const auto& s : doc.slots)
    if (s.node != ream::keywords::Slot::kNoNode && s.node >= doc.node_terms.size()) __builtin_trap();
  return 0;
}
