// Fuzzes the --key-format grammar: any bytes either are refused with a
// KeyFormatError or make a template whose keys, for a paper made of the
// same bytes, are never empty and always usable by BibTeX.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "export_paper.hh"
#include "key_format.hh"

using namespace ream::exporting;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string s(reinterpret_cast<const char*>(data), size);
  try {
    KeyFormat format(s);
    ExportPaper p;
    p.title = s;
    p.authors = {s, s.substr(0, size / 2)};
    p.year = static_cast<int>(size);
    std::string key = format.render(p);
    if (!valid_citation_key(key)) std::abort();
  } catch (const KeyFormatError& e) {
    if (e.column() == 0 || e.column() > size + 1) std::abort();
  }
  return 0;
}
