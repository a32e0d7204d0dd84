// The --state file in a distributed dedupe: the steps that read it, find
// the input's copies of remembered papers, and update it, so that the run
// gives the records, report and state file one process gives.
//
// One process loads the remembered papers before its input, as its first
// records; the steps do the same with a part of source 0 (ORDER 000...),
// which sorts before every input part:
//   state   (one node, first) begins the run in the state file as one
//           process does (waiting for the lock, settling runs left
//           pending), writes the papers it remembers, one JSON object per
//           line, to standard output (the part of source 0, for map), and
//           commits the run as in progress ('distributed': a lease, which
//           later runs wait for as for the lock), its number in
//           --dist-run FILE.  Run again with that file, it takes the same
//           run up and writes the same papers.
//   copies  (per piece of the sorted x-lines, cut between prints) joins a
//           record whose fields repeat a remembered paper's exactly to
//           the first such paper, as one process's remembered_copy does:
//             e<LATER><PAPER>  t: x
//   update  (one node, last, after the output is in place) reads the
//           apply steps' --dist-remember files in part order and writes
//           the papers and the run's counts in one transaction.  Run
//           again, it finds the run done and writes nothing: exactly once.
// Reading happens only in the first step, so the tasks in between need no
// access to the state file, and no second run can change it meanwhile.
#include "dist_state.hh"

#include <boost/json.hpp>
#include <ream/read_file.hpp>

#include <fmt/format.h>

#include <filesystem>
#include <memory>

#include "distributed.hh"
#include "state_store.hh"

namespace ream::dedupe::dist {

void RememberFile::record(const std::string& order, const ream::Record& rec, bool kept, bool keep_all) {
  ++records_in_;
  if (kept || keep_all) ++emitted_;
  if (!kept) return;
  boost::json::object line;
  line["k"] = "p" + order;
  line["f"] = fields_to_json(read_fields(rec));
  file_.line(boost::json::serialize(line));
}

void RememberFile::finish() {
  file_.line(fmt::format(R"({{"k":"q","in":{},"out":{}}})", records_in_, emitted_));
  file_.finish();
}

namespace {

// The run number a --dist-run file holds; 0 when `may_be_absent` and
// there is no such file.
int64_t read_run_number(const std::string& path, bool may_be_absent) {
  if (may_be_absent && !std::filesystem::exists(path)) return 0;
  std::string text = ream::read_whole_file(path, "--dist-run file");
  while (!text.empty() && text.back() == '\n') text.pop_back();
  int64_t run = 0;
  for (char c : text) {
    if (c < '0' || c > '9' || run > INT64_MAX / 10 - 9) {
      run = 0;
      break;
    }
    run = run * 10 + (c - '0');
  }
  if (run <= 0) throw ream::DataError("--dist-run file '" + path + "' holds no run number");
  return run;
}

class StateBegin : public Step {
 public:
  StateBegin(ream::Context& ctx, const Settings& s) : ctx_(ctx), settings_(s) {
    int64_t run = read_run_number(s.run_file, true);
    store_ = std::make_unique<StateStore>(s.state, s.state_timeout, s.run_id, StateUse::distributed_begin, run);
  }

  void process(ream::Record) override {
    throw ream::DataError("--dist state reads the --state file, not records: give it no input (< /dev/null)");
  }

  void finish() override {
    for (const Fields& paper : store_->remembered()) ctx_.emit(ctx_.parse(fields_to_json(paper)));
    // The number first, then the lease: a step killed in between leaves no
    // lease, or one its retry takes up from the file.
    ream::SideFile run_file("dist-run", settings_.run_file);
    run_file.line(std::to_string(store_->run()));
    run_file.commit();
    store_->lease();
  }

 private:
  ream::Context& ctx_;
  Settings settings_;
  std::unique_ptr<StateStore> store_;
};

class Copies : public Step {
 public:
  explicit Copies(ream::Context& ctx) : ctx_(ctx) {}

  void process(ream::Record rec) override {
    if (auto key = key_of(rec, 'x')) {
      if (key->size() != 16 + kOrderWidth) throw ream::DataError("an x-line whose key is not FIELDS16 ORDER");
      std::string_view print = key->substr(0, 16), order = key->substr(16);
      if (print != print_) print_ = print, paper_.clear();
      if (remembered_order(order)) {
        if (paper_.empty()) paper_ = order;
      } else if (!paper_.empty()) {
        Line(ctx_, "e" + std::string(order) + paper_).text("t", "x").emit();
      }
    }
    ctx_.drop(std::move(rec));
  }

 private:
  ream::Context& ctx_;
  std::string print_, paper_;  // the current print and its first remembered paper
};

class Update : public Step {
 public:
  Update(ream::Context& ctx, const Settings& s) : ctx_(ctx) {
    int64_t run = read_run_number(s.run_file, false);
    store_ = std::make_unique<StateStore>(s.state, s.state_timeout, "", StateUse::distributed_finish, run);
    if (store_->already_done())
      ctx.warn(fmt::format("state file '{}': run {} is recorded already; nothing written", s.state, run));
  }

  void process(ream::Record rec) override {
    if (auto key = key_of(rec, 'p')) {
      if (!last_.empty() && *key <= last_)
        throw ream::DataError("--dist update: papers out of record order: give the parts' files in part order");
      last_ = *key;
      if (!store_->already_done()) store_->remember(fields_from_json(std::string(member(rec, "f"))));
    } else if (key_of(rec, 'q')) {
      auto in = rec.number("in"), out = rec.number("out");
      if (!in || !out) throw ream::DataError("--dist update: a q-line without its counts \"in\" and \"out\"");
      records_in_ += static_cast<uint64_t>(*in);
      emitted_ += static_cast<uint64_t>(*out);
    } else {
      throw ream::DataError("--dist update reads the --dist-remember files of the apply steps");
    }
    ctx_.drop(std::move(rec));
  }

  void finish() override {
    if (!store_->already_done()) store_->prepare(records_in_, emitted_, std::nullopt);
  }

  void commit() override {
    if (!store_->already_done()) store_->commit();
  }

 private:
  ream::Context& ctx_;
  std::unique_ptr<StateStore> store_;
  std::string last_;
  uint64_t records_in_ = 0, emitted_ = 0;
};

}  // namespace

std::unique_ptr<Step> state_step(ream::Context& ctx, const Settings& s) { return std::make_unique<StateBegin>(ctx, s); }
std::unique_ptr<Step> copies_step(ream::Context& ctx, const Settings&) { return std::make_unique<Copies>(ctx); }
std::unique_ptr<Step> update_step(ream::Context& ctx, const Settings& s) { return std::make_unique<Update>(ctx, s); }

}  // namespace ream::dedupe::dist
