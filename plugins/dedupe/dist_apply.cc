// `dedupe --dist apply`: the records of one part again (the same byte
// range, first line and source as its map), joined with the decisions of
// the cluster step, which are sorted by ORDER as the records arrive.  A
// record without a decision had no edge: alone in its cluster, kept.
// Writes the part's share of everything the single process writes, in
// the same order: the records (with 'cluster' under --keep-all), the
// --dropped and --report lines, and the conflict warnings at the global
// line of the record that met them.  The parts' files joined in part
// order are the single process's files.  With --state it also writes the
// papers the part has the state file remember (--dist-remember), for the
// update step (dist_state.cc).
#include <ream/atomic_file.hpp>
#include <ream/identifiers.hpp>

#include <fmt/format.h>
#include <boost/json.hpp>

#include <fstream>

#include "dist_state.hh"
#include "distributed.hh"
#include "record_quality.hh"
#include "report.hh"

namespace ream::dedupe::dist {
namespace {

// A sorted file of intermediate lines of one kind (decisions, donors),
// read forward as the records advance.
class SortedLines {
 public:
  SortedLines(const std::string& option, const std::string& path, char kind) : path_(path), kind_(kind), in_(path) {
    if (!in_) throw ream::IoError(fmt::format("--{} '{}': cannot open", option, path));
    advance();
  }

  // The line whose key is `key`, if any; keys asked for must rise.
  const boost::json::object* find(const std::string& key) {
    while (current_ && key_ < key) advance();
    return current_ && key_ == key ? &*current_ : nullptr;
  }

  // The lines whose keys start with `prefix`, in order; prefixes asked for
  // must rise.
  std::vector<boost::json::object> all_from(const std::string& prefix) {
    std::vector<boost::json::object> out;
    while (current_ && key_ < prefix) advance();
    while (current_ && key_.compare(0, prefix.size(), prefix) == 0) {
      out.push_back(std::move(*current_));
      advance();
    }
    return out;
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
      if (!k) throw ream::DataError(fmt::format("{}:{}: not a line of a distributed dedupe step", path_, line_number_));
      if (k->empty() || (*k)[0] != kind_) continue;
      std::string key(*k);
      if (key < key_) throw ream::DataError(fmt::format("{}:{}: lines out of order: sort them", path_, line_number_));
      key_ = std::move(key);
      current_ = *o;
      return;
    }
  }

  std::string path_;
  char kind_;
  std::ifstream in_;
  uint64_t line_number_ = 0;
  std::string key_;
  std::optional<boost::json::object> current_;
};

class Apply : public Step {
 public:
  Apply(ream::Context& ctx, const Settings& s)
      : ctx_(ctx), settings_(s), decisions_("dist-decisions", s.decisions, 'd') {
    if (s.keep == "merge") donors_ = std::make_unique<SortedLines>("dist-donors", s.donors, 'm');
    const auto& opts = ctx.options();
    if (opts.given("dropped")) dropped_ = std::make_unique<ream::SideFile>("dropped", opts.string("dropped"));
    if (opts.given("report")) report_ = std::make_unique<ream::SideFile>("report", opts.string("report"));
    if (!s.state.empty()) remember_ = std::make_unique<RememberFile>(s.remember);
  }

  void process(ream::Record rec) override {
    std::string order = record_order(rec, settings_.source);
    const boost::json::object* d = decisions_.find("d" + order);
    if (d && d->contains("merged_from")) merge(rec, order, *d);
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
    if (remember_) remember_->record(order, rec, keep, settings_.keep_all);
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
    if (remember_) remember_->finish();
  }

  void commit() override {
    if (dropped_) dropped_->commit();
    if (report_) report_->commit();
    if (remember_) remember_->commit();
  }

 private:
  // --keep merge, as plugin.cc's fill_from_members: fields the
  // representative lacks, from its donors best base first (merge_fields).
  void merge(ream::Record& rep, const std::string& order, const boost::json::object& d) {
    boost::json::object filled_from;
    for (const auto& donor : donors_->all_from("m" + order)) {
      ream::Record other = ctx_.parse(donor.at("rec").as_string());
      merge_fields(rep, other, std::string(donor.at("id").as_string()), filled_from);
    }
    std::vector<std::string> merged_from;
    for (const auto& id : d.at("merged_from").as_array()) merged_from.emplace_back(id.as_string());
    rep.set_strings("merged_from", merged_from);
    if (!filled_from.empty()) rep.set_json("filled_from", boost::json::serialize(filled_from));
  }

  // The id dedupe gives a record: its own, else one made from its
  // identifiers or title (extract_features).
  static std::string own_id(const ream::Record& rec) {
    Fields f = read_fields(rec);
    return f.id.empty() ? ream::ids::record_id(f.arxiv, f.doi, f.title) : f.id;
  }

  ream::Context& ctx_;
  Settings settings_;
  SortedLines decisions_;
  std::unique_ptr<SortedLines> donors_;
  std::unique_ptr<ream::SideFile> dropped_, report_;
  std::unique_ptr<RememberFile> remember_;
};

// `dedupe --dist donors`, per part, between clusters and apply with --keep
// merge: the records of the part that fill another's missing fields,
// keyed by that representative and their rank among its donors, so that
// apply reads them in order beside it.
//   m<REP ORDER><RANK6>  id: donor's id  rec: the donor record's text
class Donors : public Step {
 public:
  Donors(ream::Context& ctx, const Settings& s)
      : ctx_(ctx), settings_(s), decisions_("dist-decisions", s.decisions, 'd') {}

  void process(ream::Record rec) override {
    const boost::json::object* d = decisions_.find("d" + record_order(rec, settings_.source));
    if (d && d->contains("donor_of")) {
      auto rank = d->at("rank").to_number<int64_t>();
      Line(ctx_, fmt::format("m{}{:06}", std::string_view(d->at("donor_of").as_string()), rank))
          .text("id", own_id(rec))
          .text("rec", rec.json())
          .emit();
    }
    ctx_.drop(std::move(rec));
  }

 private:
  static std::string own_id(const ream::Record& rec) {
    Fields f = read_fields(rec);
    return f.id.empty() ? ream::ids::record_id(f.arxiv, f.doi, f.title) : f.id;
  }

  ream::Context& ctx_;
  Settings settings_;
  SortedLines decisions_;
};

}  // namespace

std::unique_ptr<Step> apply_step(ream::Context& ctx, const Settings& s) { return std::make_unique<Apply>(ctx, s); }
std::unique_ptr<Step> donors_step(ream::Context& ctx, const Settings& s) { return std::make_unique<Donors>(ctx, s); }

}  // namespace ream::dedupe::dist
