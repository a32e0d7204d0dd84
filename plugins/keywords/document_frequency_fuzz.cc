// Fuzzes the DF table parser: any bytes either load or raise DataError.
#include "document_frequency.hh"

#include <ream/plugin.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ream::keywords::TermTable terms;
  ream::keywords::DocumentFrequency df(terms);
  try {
    df.load(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz");
    df.save();
  } catch (const ream::DataError&) {
  }
  return 0;
}
