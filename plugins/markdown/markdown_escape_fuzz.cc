// Fuzzes the escaping functions: no crash, and the invariants that keep a
// document's structure: no line break ever comes out, a destination is
// either empty or one `<…>` with no raw space or angle bracket inside.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "excerpt.hh"
#include "markdown_escape.hh"

using namespace ream::markdown;

static void require(bool ok) {
  if (!ok) std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string s(reinterpret_cast<const char*>(data), size);
  for (const std::string& out : {inline_text(s), code_span(s), text_link(s, s), fold_text(s)})
    require(out.find('\n') == std::string::npos && out.find('\r') == std::string::npos);
  std::string dest = link_destination(s);
  if (!dest.empty()) {
    require(dest.front() == '<' && dest.back() == '>');
    std::string inner = dest.substr(1, dest.size() - 2);
    require(inner.find_first_of("<> \n") == std::string::npos);
    require(safe_url(s));
  }
  excerpt(s, size % 64);
  return 0;
}
