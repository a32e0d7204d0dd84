// Fuzz target: the binary index reader (index_file.cc, KnownRecords::map)
// over arbitrary bytes.  Beyond "no crash, no hang", an accepted file must
// answer lookups inside its own tables: ids of records it has, links that
// lie inside the text.  Fuzz builds skip the checksum (it would stop
// nearly every mutation at the header), so what is fuzzed is the header,
// the directory and the check of every table's links.  The seed
// tests/data/cite/stream.idx (cite --build-index of stream.jsonl, made
// again when the format changes) starts it from a valid file.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include <ream/plugin.hpp>

#include "known_records.hh"
#include "links.hh"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // The tables are read in place: the bytes start 64-byte aligned, as a
  // mapping's do.
  std::unique_ptr<char[], decltype(&std::free)> copy(static_cast<char*>(std::aligned_alloc(64, (size + 64) / 64 * 64)),
                                                     &std::free);
  if (size) std::memcpy(copy.get(), data, size);
  ream::cite::KnownRecords known;
  try {
    known.map(std::string_view(copy.get(), size), "fuzz.idx");
  } catch (const ream::DataError&) {
    return 0;
  }
  std::string_view text = "see arXiv:2312.03884, doi:10.1000/xyz and the title of a paper about graph learning";
  std::vector<ream::cite::FieldText> fields{{"abstract", -1, text}};
  for (const auto& link : ream::cite::find_links(fields, known, std::nullopt, ream::cite::LinkOptions{})) {
    if (link.ref.end > text.size()) std::abort();
    if (link.target && *link.target >= known.size()) std::abort();
  }
  return 0;
}
