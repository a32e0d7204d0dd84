// `ream where EXPR`: keep the records for which EXPR holds.
//
// The expression is compiled once, when the stage is made, so a syntax
// error is a usage error (exit status 2) before any record is read.  Each
// record is then tested through the host's field accessors without being
// copied; a record that fails the test is handed back to the host as
// dropped, so --stats counts it.
#include <ream/plugin.hpp>

#include "expression.hh"

namespace {

// A record's fields as the evaluator reads them: JSON text from the host.
class HostFields : public ream::where::FieldSource {
 public:
  HostFields(const ream_host* host, const ream_record* rec) : host_(host), rec_(rec) {}
  std::optional<std::string_view> json(std::string_view key) const override {
    ream_str out{};
    if (!host_->get_json(rec_, ream::to_str(key), &out)) return std::nullopt;
    return ream::to_view(out);
  }

 private:
  const ream_host* host_;
  const ream_record* rec_;
};

ream::where::Expression compile(const ream::Options& options) {
  auto words = options.positional();
  if (words.empty()) throw ream::UsageError("an expression is needed: ream where 'year >= 2023'");
  if (words.size() > 1)
    throw ream::UsageError("one expression, quoted as one argument: ream where '" + words[0] + " " + words[1] +
                           " ...'");
  try {
    return ream::where::Expression::compile(words[0]);
  } catch (const ream::where::SyntaxError& e) {
    throw ream::UsageError(e.what());
  }
}

class Where : public ream::Stage {
 public:
  explicit Where(ream::Context& ctx) : Stage(ctx), expression_(compile(ctx.options())) {}

  void process(ream::Record rec) override {
    if (expression_.matches(HostFields(context().host(), rec.handle())))
      context().emit(std::move(rec));
    else
      context().drop(std::move(rec));
  }

 private:
  ream::where::Expression expression_;
};

constexpr const char* kDescription =
    "Passes the records for which EXPR holds and drops the others (counted as dropped in --stats). "
    "EXPR compares fields (title, authors[0], links.kind) with literals: == != < <= > >=, ~ and !~ "
    "for regular expressions (/text/i), contains, startswith, in [...], has FIELD, len(FIELD), "
    "any/all over arrays, joined with and, or, not and parentheses. A missing field or a type "
    "mismatch makes a comparison false; see ream-where(1) for the rules.";

}  // namespace

REAM_PLUGIN(Where,
            ream::PluginInfo{"where", "1.0.0", "keep the records matching an expression", kDescription, REAM_TRANSFORM,
                             nullptr, 0, "EXPR", "the test, one argument: 'year >= 2023 and title ~ /diffusion/i'", 1,
                             REAM_RECORD_LOCAL})
