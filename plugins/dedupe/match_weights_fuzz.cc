// Fuzzes the --model file reader with arbitrary bytes: it must either
// return a model whose every probability is in [0, 1] or throw
// std::runtime_error with a reason, never crash or hang.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string_view>

#include "match_weights.hh"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    auto model = ream::dedupe::WeightModel::from_json(text);
    if (model.prior < 0 || model.prior > 1) __builtin_trap();
    return model.to_json().empty() ? 1 : 0;
  } catch (const std::runtime_error&) {
    return 0;
  }
}
