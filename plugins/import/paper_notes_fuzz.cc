// libFuzzer target for the paper-notes reader: any bytes that pass the
// stage's UTF-8 check must parse without crashing or hanging.  Papers are
// counted, not kept, so long runs stay small.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "input_text.hh"
#include "paper_notes.hh"

namespace {

class CountingSink : public ream::import::PaperSink {
 public:
  bool paper(ream::import::Paper&&) override { return ++papers < 100000; }
  bool issue(ream::import::Issue&&) override { return true; }
  void warning(uint64_t, const std::string&) override {}
  size_t papers = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (ream::import::find_text_fault(text)) return 0;  // the stage rejects these before parsing
  CountingSink sink;
  ream::import::parse_paper_notes(text, sink);
  return 0;
}
