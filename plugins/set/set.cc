// `ream set FIELD=VALUE...`: give every record a field (Miller's `put
// '$f = v'`, jq's `.f = v`).
//
// VALUE is taken as JSON when it is one JSON value (3, true, null, [1,2],
// {"a":1}, "quoted") and as a string otherwise (set status=read), so the
// common cases need no shell-quoted JSON quotes.  Each VALUE is decided
// once, when the stage is made.  An existing field keeps its position; a
// new one is appended.  Assignments are separate arguments, not a comma
// list, because JSON values contain commas.
#include <ream/plugin.hpp>

#include <boost/json.hpp>

namespace {

struct Assignment {
  std::string field;
  std::string json;
};

std::string as_json(const std::string& value) {
  boost::system::error_code ec;
  boost::json::value parsed = boost::json::parse(value, ec);
  if (!ec) return value;
  return boost::json::serialize(boost::json::string(value));
}

std::vector<Assignment> assignments(const ream::Options& options) {
  std::vector<Assignment> out;
  for (const std::string& word : options.positional()) {
    size_t eq = word.find('=');
    if (eq == std::string::npos || eq == 0) throw ream::UsageError("'" + word + "' is not FIELD=VALUE");
    out.push_back({word.substr(0, eq), as_json(word.substr(eq + 1))});
  }
  if (out.empty()) throw ream::UsageError("what to set? ream set FIELD=VALUE [FIELD=VALUE...]");
  return out;
}

class Set : public ream::Stage {
 public:
  explicit Set(ream::Context& ctx) : Stage(ctx), assignments_(assignments(ctx.options())) {}

  void process(ream::Record rec) override {
    for (const Assignment& a : assignments_) rec.set_json(a.field, a.json);
    context().emit(std::move(rec));
  }

 private:
  std::vector<Assignment> assignments_;
};

constexpr const char* kDescription =
    "Sets top-level fields on every record. VALUE is used as JSON when it is one JSON value "
    "(3, true, null, [\"a\"], {\"k\":1}, \"text\") and as a string otherwise. An existing field "
    "keeps its place; a new one is appended.";

}  // namespace

REAM_PLUGIN(Set, ream::PluginInfo{"set", "1.0.0", "set fields to a value on every record", kDescription, REAM_TRANSFORM,
                                  nullptr, 0, "FIELD=VALUE", "assignments, one per argument: status=read rating=4", -1,
                                  REAM_RECORD_LOCAL})
