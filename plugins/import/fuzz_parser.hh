// The body of every importer fuzz target: any bytes that pass the stage's
// text check (UTF-8, not binary) must parse without crashing, hanging or
// tripping a sanitizer.  Each *_fuzz.cc names its parser and nothing else.
#ifndef REAM_IMPORT_FUZZ_PARSER_HH
#define REAM_IMPORT_FUZZ_PARSER_HH

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "input_text.hh"
#include "test_sink.hh"

namespace ream::import {

template <void (*Parse)(std::string_view, PaperSink&)>
int fuzz_parser(const uint8_t* data, size_t size, bool text_checked = true) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (text_checked && find_text_fault(text)) return 0;  // the stage rejects these before parsing
  CountingSink sink;
  Parse(text, sink);
  return 0;
}

}  // namespace ream::import

#endif
