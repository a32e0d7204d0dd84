// decode_entry refuses an entry whose slots' part would make the packed
// form read bytes of the file as node terms the table never mapped.
#include "analyses_file.hh"

#include <catch2/catch.hpp>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

TEST_CASE("decode_entry refuses slots that read past their terms (fuzzer's input)") {
  // The first 8 bytes are the entry's hash; the slots' part declares one
  // node and carries a term id of its own after its slot, and the entry
  // lists no terms: read whole, the form's node term would be 0x4e
  // unmapped.
  const std::string entry("\x7c\x00\x00\x00\x01\x00\x00\x00\x04\x00\x00\x01\x4e\x00", 14);
  uint64_t hash = 0;
  for (int i = 0; i < 8; ++i) hash |= uint64_t{static_cast<unsigned char>(entry[i])} << (8 * i);
  const std::vector<uint32_t> term_map = {7, 3, 5, 0};
  std::string packed;
  CHECK_THROWS_AS(ream::keywords::decode_entry(entry, hash, term_map, packed), std::invalid_argument);
}
