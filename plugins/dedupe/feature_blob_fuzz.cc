// Fuzzes the feature blob decoder with arbitrary text: a blob from a
// damaged or foreign intermediate file must be refused with a reason,
// never crash or read out of bounds, and what it accepts must encode back
// to a blob it accepts again.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

#include "feature_blob.hh"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  try {
    ream::dedupe::RecordBlob blob = ream::dedupe::decode_blob(text);
    ream::dedupe::decode_blob(ream::dedupe::encode_blob(blob.features, blob.quality));
  } catch (const std::runtime_error&) {
  }
  return 0;
}
