// libFuzzer target for markup reduction and rights-statement removal:
// any valid UTF-8 must come out as valid UTF-8, without crashing or
// hanging.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "input_text.hh"
#include "markup_text.hh"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (ream::import::find_text_fault(text)) return 0;
  std::string out = ream::import::without_rights_statements(ream::import::markup_to_text(text));
  if (ream::import::find_text_fault(out)) std::abort();
  return 0;
}
