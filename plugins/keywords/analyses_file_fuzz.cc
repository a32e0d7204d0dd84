// Fuzz target: decode_entry() on arbitrary bytes either gives a packed
// document that unpack_document() reads with node terms in the reader's
// table, or throws std::invalid_argument.
#include "analyses_file.hh"
#include "packed_document.hh"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 8) return 0;
  // The entry's first 8 bytes are its hash: the record's texts are taken
  // to hash to them, so the rest of the entry is what is exercised.
  uint64_t hash = 0;
  for (int i = 0; i < 8; ++i) hash |= uint64_t{data[i]} << (8 * i);
  const std::vector<uint32_t> term_map = {7, 3, 5, 0};
  std::string packed;
  ream::keywords::Document doc;
  try {
    ream::keywords::decode_entry(std::string_view(reinterpret_cast<const char*>(data), size), hash, term_map, packed);
    ream::keywords::unpack_document(packed, doc);
  } catch (const std::invalid_argument&) {
    return 0;
  }
  for (uint32_t t : doc.node_terms)
    if (t != 7 && t != 3 && t != 5 && t != 0) __builtin_trap();
  return 0;
}
