// libFuzzer target for the `where` grammar: any bytes either compile or
// raise a SyntaxError (never another exception, a crash or a hang), and a
// compiled expression evaluates on a record of every JSON type.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "expression.hh"

namespace {

class Sample : public ream::where::FieldSource {
 public:
  std::optional<std::string_view> json(std::string_view key) const override {
    static const std::map<std::string, std::string, std::less<>> fields = {
        {"title", R"("Diffusion \"models\"")"},
        {"year", "2023"},
        {"authors", R"(["Ada", "Grace", 3, null, {"name": "x"}])"},
        {"links", R"([{"kind": "pdf"}, {"kind": "html"}, 4])"},
        {"open", "true"},
        {"doi", "null"},
        {"meta", R"({"a": {"b": [1, 2]}})"}};
    auto it = fields.find(key);
    if (it == fields.end()) return std::nullopt;
    return std::string_view(it->second);
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    auto expr = ream::where::Expression::compile(text);
    expr.matches(Sample());
  } catch (const ream::where::SyntaxError&) {
  }
  return 0;
}
