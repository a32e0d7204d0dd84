// Fuzzes the --ream-describe answer parser: any bytes give a description
// or a std::runtime_error, never a crash, and every option it accepts has
// a name and, when it is a choice, its choices.
#include <cstdint>
#include <cstdlib>
#include <stdexcept>
#include <string>

#include "exec_describe.hh"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    auto d = ream::cli::parse_description(std::string(reinterpret_cast<const char*>(data), size));
    for (const auto& o : d.options)
      if (o.name.empty() || (o.type == REAM_OPT_CHOICE && o.choices.empty())) std::abort();
  } catch (const std::runtime_error&) {
  }
  return 0;
}
