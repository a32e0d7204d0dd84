// Fuzzes the TeX escaper in both modes: whatever the text, the value it
// makes has paired braces (so it cannot end the BibTeX entry early or
// swallow the next one), no line break and no control character.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "tex_text.hh"

using namespace ream::exporting;

static void check(const std::string& out) {
  if (!braces_pair(out)) std::abort();
  for (char c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string s(reinterpret_cast<const char*>(data), size);
  for (bool ascii : {false, true}) {
    TexText tex(ascii);
    check(tex.text(s, false));
    check(tex.text(s, true));
  }
  check(TexText::verbatim(s));
  return 0;
}
