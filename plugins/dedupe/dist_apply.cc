// `dedupe --dist apply`: the records of one part again (the same byte
// range, first line and source as its map), joined with the decisions of
// the cluster step, which are sorted by ORDER as the records arrive.  A
// record without a decision had no edge: alone in its cluster, kept.
// Writes the part's share of everything the single process writes, in
// the same order: the records (with 'cluster' under --keep-all), the
// --dropped and --report lines, and the conflict warnings at the global
// line of the record that met them.  The parts' files joined in part
// order are the single process's files.
#include <ream/atomic_file.hpp>
#include <ream/identifiers.hpp>

#include <fmt/format.h>
#include <boost/json.hpp>

#include <fstream>

#include "distributed.hh"
#include "report.hh"

namespace ream::dedupe::dist {
namespace {

// The decisions file, read forward as the records advance.
class Decisions {
 public:
  explicit Decisions(const std::string& path) : path_(path), in_(path) {
    if (!in_) throw ream::IoError(fmt::format("--dist-decisions '{}': cannot open", path));
    advance();
  }

  // The decision for the record at `order`, if any; orders must rise.
  const boost::json::object* find(const std::string& order) {
    std::string key = "d" + order;
    while (current_ && key_ < key) advance();
    return current_ && key_ == key ? &*current_ : nullptr;
  }

 private:
  void advance() {
    std::string line;
    current_.reset();
    while (std::getline(in_, line)) {
      ++line_number_;
      boost::system::error_code ec;
      boost::json::value v = boost::json::parse(line, ec);
      const boost::json::object* o = ec ? nullptr : v.if_object();
      const boost::json::string* k = o && o->contains("k") ? o->at("k").if_string() : nullptr;
      if (!k) throw ream::DataError(fmt::format("{}:{}: not a line of --dist clusters", path_, line_number_));
      if (k->empty() || (*k)[0] != 'd') continue;
      std::string key(*k);
      if (key < key_)
        throw ream::DataError(fmt::format("{}:{}: decisions out of order: sort them", path_, line_number_));
      key_ = std::move(key);
      current_ = *o;
      return;
    }
  }

  std::string path_;
  std::ifstream in_;
  uint64_t line_number_ = 0;
  std::string key_;
  std::optional<boost::json::object> current_;
};

class Apply : public Step {
 public:
  Apply(ream::Context& ctx, const Settings& s) : ctx_(ctx), settings_(s), decisions_(s.decisions) {
    const auto& opts = ctx.options();
    if (opts.given("dropped")) dropped_ = std::make_unique<ream::SideFile>("dropped", opts.string("dropped"));
    if (opts.given("report")) report_ = std::make_unique<ream::SideFile>("report", opts.string("report"));
  }

  void process(ream::Record rec) override {
    std::string order = record_order(rec, settings_.source);
    const boost::json::object* d = decisions_.find(order);
    if (d && d->contains("warn")) {
      auto where = rec.origin();
      for (const auto& w : d->at("warn").as_array()) ctx_.warn(where->first, where->second, w.as_string());
    }
    std::string id = d ? std::string(d->at("cluster").as_string()) : own_id(rec);
    if (report_) {
      if (!d) {
        ClusterReport alone;
        alone.representative = id;
        alone.members = {id};
        report_->line(cluster_line(alone));
      } else if (d->contains("report")) {
        report_->line(d->at("report").as_string());
      }
    }
    bool keep = !d || d->at("keep").as_bool();
    if (settings_.keep_all) {
      rec.set_string("cluster", id);
      ctx_.emit(std::move(rec));
    } else if (keep) {
      ctx_.emit(std::move(rec));
    } else {
      if (dropped_) dropped_->line(rec.json());
      ctx_.drop(std::move(rec));
    }
  }

  void finish() override {
    if (report_) report_->finish();
    if (dropped_) dropped_->finish();
  }

  void commit() override {
    if (dropped_) dropped_->commit();
    if (report_) report_->commit();
  }

 private:
  // The id dedupe gives a record: its own, else one made from its
  // identifiers or title (extract_features).
  static std::string own_id(const ream::Record& rec) {
    Fields f = read_fields(rec);
    return f.id.empty() ? ream::ids::record_id(f.arxiv, f.doi, f.title) : f.id;
  }

  ream::Context& ctx_;
  Settings settings_;
  Decisions decisions_;
  std::unique_ptr<ream::SideFile> dropped_, report_;
};

}  // namespace

std::unique_ptr<Step> apply_step(ream::Context& ctx, const Settings& s) { return std::make_unique<Apply>(ctx, s); }

}  // namespace ream::dedupe::dist
