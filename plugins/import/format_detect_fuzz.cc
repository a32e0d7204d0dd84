// libFuzzer target for what the stage does before a parser runs: decoding
// byte order marks, listing faulty lines, replacing bad bytes, and every
// format's detector.  Any bytes at all; the replaced text must be valid
// UTF-8 and the faults must be in line order.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "format_detect.hh"
#include "input_text.hh"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string raw(reinterpret_cast<const char*>(data), size);
  std::string text;
  try {
    text = ream::import::decode_input(raw, "");
  } catch (const ream::import::DecodeError&) {
    return 0;
  }
  auto faults = ream::import::find_line_faults(text);
  for (size_t i = 1; i < faults.size(); ++i)
    if (faults[i].line <= faults[i - 1].line) std::abort();
  std::string repaired = ream::import::with_replacements(text);
  if (ream::import::find_text_fault(repaired)) std::abort();
  ream::import::detect_format(repaired);
  return 0;
}
