// What the distributed steps share: their settings from the options, the
// intermediate line format, and the record adapters.
//
// read_fields, has_value and filled_fields repeat plugin.cc's (which keeps
// its own in an anonymous namespace, and is being reworked in parallel):
// they must agree, and the distributed tests compare every mode's output
// with the single process to the byte, so a difference cannot go unseen.
#include "distributed.hh"

#include <fmt/format.h>

#include <vector>

#include "record_quality.hh"

namespace ream::dedupe::dist {

std::string text_of(const ream::Record& rec, std::string_view key) {
  switch (rec.type(key)) {
    case REAM_STRING:
      return std::string(*rec.string(key));
    case REAM_NUMBER:
      return std::string(rec.json(key).value_or(""));
    default:
      return {};
  }
}

bool has_value(const ream::Record& rec, std::string_view key) {
  switch (rec.type(key)) {
    case REAM_MISSING:
    case REAM_NULL:
      return false;
    case REAM_STRING:
      return !rec.string(key)->empty();
    case REAM_ARRAY:
      return rec.json(key).value_or("[]") != "[]";
    case REAM_OBJECT:
      return rec.json(key).value_or("{}") != "{}";
    default:
      return true;
  }
}

namespace {

// --state and what goes with it (dist_state.cc has the steps).
void read_state_settings(const ream::Options& opts, Settings& s) {
  if (opts.given("state")) s.state = opts.string("state");
  s.run_id = opts.string("run-id");
  s.state_timeout = opts.number("state-timeout", 30);
  if (s.state_timeout < 0) throw ream::UsageError("--state-timeout must be 0 or more");
  s.run_file = opts.string("dist-run");
  s.remember = opts.string("dist-remember");
  if (!s.run_id.empty() && s.state.empty()) throw ream::UsageError("--run-id needs --state FILE");
  if ((s.step == "state" || s.step == "update") && (s.state.empty() || s.run_file.empty()))
    throw ream::UsageError("--dist " + s.step + " needs --state FILE and --dist-run FILE");
  if (s.step == "apply" && !s.state.empty() && s.remember.empty())
    throw ream::UsageError("--dist apply with --state needs --dist-remember FILE (the papers for --dist update)");
  if (s.source == 0 && s.state.empty())
    throw ream::UsageError("--dist-source 0 is the --state file's papers: give --state FILE");
}

Settings read_settings(const ream::Options& opts) {
  Settings s;
  s.step = opts.string("dist");
  s.keep = opts.string("keep", "first");
  s.keep_all = opts.flag("keep-all");
  if (opts.string("level", "publication") == "work") s.level = MatchLevel::work;
  double p = opts.number("match-weights", 0.99999);
  if (!(p > 0.5 && p <= 1)) throw ream::UsageError("--match-weights must be a probability above 0.5, at most 1");
  if (p < 1 && s.decides_at_end()) s.weight_threshold = p;
  s.report = opts.given("report");
  s.save_model = opts.given("save-model");
  if (opts.given("model")) s.model = opts.string("model");
  if (opts.given("dist-model")) s.model = opts.string("dist-model"), s.model_from_em = true;
  double source = opts.number("dist-source", 1);
  if (!(source >= 0 && source <= 999 && source == static_cast<uint32_t>(source)))
    throw ream::UsageError("--dist-source must be a whole number from 0 to 999");
  s.source = static_cast<uint32_t>(source);
  double context = opts.number("dist-context", 0);
  if (!(context >= 0 && context == static_cast<uint64_t>(context)))
    throw ream::UsageError("--dist-context must be a whole number of lines");
  s.context = static_cast<uint64_t>(context);
  double memory = opts.number("dist-memory", 64);
  if (!(memory >= 1 && memory <= 1 << 20 && memory == static_cast<uint64_t>(memory)))
    throw ream::UsageError("--dist-memory must be a whole number of megabytes from 1 to 1048576");
  s.memory_bytes = static_cast<size_t>(memory) << 20;
  s.decisions = opts.string("dist-decisions");
  s.records = opts.string("dist-records");
  s.donors = opts.string("dist-donors");
  // What the distributed steps do not do yet, refused rather than done
  // differently from one process.
  for (const char* option : {"explain", "list", "forget", "prune-before"})
    if (opts.given(option))
      throw ream::UsageError(fmt::format("--dist does not take --{} yet: run it on one process", option));
  read_state_settings(opts, s);
  if ((s.step == "apply" || s.step == "donors") && s.decisions.empty())
    throw ream::UsageError("--dist " + s.step + " needs --dist-decisions FILE (the sorted output of --dist clusters)");
  if (s.step == "apply" && s.keep == "merge" && s.donors.empty())
    throw ream::UsageError(
        "--dist apply with --keep merge needs --dist-donors FILE (the sorted output of --dist donors)");
  return s;
}

}  // namespace

std::unique_ptr<Step> make_step(ream::Context& ctx) {
  Settings s = read_settings(ctx.options());
  if (s.step == "state") return state_step(ctx, s);
  if (s.step == "copies") return copies_step(ctx, s);
  if (s.step == "update") return update_step(ctx, s);
  if (s.step == "map") return map_step(ctx, s);
  if (s.step == "pairs") return pairs_step(ctx, s);
  if (s.step == "titles") return titles_step(ctx, s);
  if (s.step == "em") return em_step(ctx, s);
  if (s.step == "components") return components_step(ctx, s);
  if (s.step == "tag") return tag_step(ctx, s);
  if (s.step == "clusters") return clusters_step(ctx, s);
  if (s.step == "donors") return donors_step(ctx, s);
  return apply_step(ctx, s);
}

std::string order_key(uint32_t source, uint64_t line) { return fmt::format("{:03}{:013}", source, line); }

// By hand, as hex16: two a judged pair, and the map's dozen lines a
// record.
std::string order_text(uint64_t order) {
  std::string out(kOrderWidth, '0');
  for (size_t i = kOrderWidth; i-- > 0 && order; order /= 10) out[i] = static_cast<char>('0' + order % 10);
  return out;
}

// By hand: the map writes a dozen of these a record, and fmt's parse of
// the format string was a twentieth of the map's instructions.
std::string hex16(uint64_t v) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) out[static_cast<size_t>(i)] = kDigits[v & 0xf];
  return out;
}

std::optional<std::string_view> key_of(const ream::Record& rec, char kind) {
  auto k = rec.string("k");
  if (!k || k->empty()) throw ream::DataError("not a line of a distributed dedupe step: no key \"k\"");
  if ((*k)[0] != kind) return std::nullopt;
  return k->substr(1);
}

std::string_view member(const ream::Record& rec, std::string_view name) {
  auto v = rec.string(name);
  if (!v) throw ream::DataError(fmt::format("a distributed dedupe line without its \"{}\"", name));
  return *v;
}

Line::Line(ream::Context& ctx, std::string_view key) : ctx_(ctx), rec_(ctx.new_record()) { rec_.set_string("k", key); }

Line& Line::text(std::string_view name, std::string_view value) {
  rec_.set_string(name, value);
  return *this;
}

Line& Line::number(std::string_view name, int64_t value) {
  rec_.set_int(name, value);
  return *this;
}

Line& Line::json(std::string_view name, std::string_view value) {
  rec_.set_json(name, value);
  return *this;
}

void Line::emit() { ctx_.emit(std::move(rec_)); }

Fields read_fields(const ream::Record& rec) {
  Fields f;
  f.id = text_of(rec, "id");
  f.title = text_of(rec, "title");
  for (auto a : rec.strings("authors")) f.authors.emplace_back(a);
  f.year = text_of(rec, "year");
  f.date = text_of(rec, "date");
  f.venue = text_of(rec, "venue");
  if (f.venue.empty()) f.venue = text_of(rec, "journal");
  if (f.venue.empty()) f.venue = text_of(rec, "booktitle");
  f.volume = text_of(rec, "volume");
  f.issue = text_of(rec, "issue");
  if (f.issue.empty()) f.issue = text_of(rec, "number");
  f.pages = text_of(rec, "pages");
  f.abstract = text_of(rec, "abstract");
  f.arxiv = text_of(rec, "arxiv");
  f.doi = text_of(rec, "doi");
  f.url = text_of(rec, "url");
  return f;
}

size_t filled_fields(const ream::Record& rec) {
  size_t n = 0;
  for (size_t i = 0; i < rec.size(); ++i) n += describes_paper(rec.key(i)) && has_value(rec, rec.key(i));
  return n;
}

void merge_fields(ream::Record& rep, const ream::Record& donor, const std::string& donor_id,
                  boost::json::object& filled_from) {
  HasField rep_has = [&](std::string_view k) { return has_value(rep, k); };
  HasField donor_has = [&](std::string_view k) { return has_value(donor, k); };
  HasField from_donor = [&](std::string_view k) {
    auto it = filled_from.find(k);
    return it != filled_from.end() && it->value() == donor_id.c_str();
  };
  bool tracking = tracking_url(text_of(donor, "url"));
  for (bool describing : {false, true})
    for (size_t i = 0; i < donor.size(); ++i) {
      std::string key(donor.key(i));
      if (described_field(key).empty() == describing) continue;
      if (!merge_takes(key, rep_has, donor_has, from_donor, tracking)) continue;
      rep.set_json(key, *donor.json(key));
      filled_from[key] = donor_id;
    }
}

std::string record_order(const ream::Record& rec, uint32_t source) {
  auto where = rec.origin();
  if (!where) throw ream::DataError("--dist map and apply read records from files, which give their line numbers");
  return order_key(source, where->second);
}

}  // namespace ream::dedupe::dist
