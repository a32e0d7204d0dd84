// Running a chain of stages in one process.
//
// Stages are connected push-style: a record read from the input (or made
// by a source stage) is handed to the first stage's process(); when that
// stage emits it, the host hands it straight to the next stage, and after
// the last stage it is serialised to the output.  No queue, no copy, no
// re-parse between stages: a record is parsed once per process.
//
// The host counts, per stage, records in, out, dropped and rejected, so
// `--stats` can show where every record went and a stage that loses
// records without dropping them is reported.
#ifndef REAM_CLI_PIPELINE_HH
#define REAM_CLI_PIPELINE_HH

#include <ream/plugin.h>

#include <chrono>
#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "line_reader.hh"
#include "plugin_guard.hh"
#include "record.hh"
#include "stage_options.hh"

namespace ream::cli {
class StageRun;
}

struct ream_context {
  ream::cli::StageRun* run;
};

namespace ream::cli {

class Diagnostics;
class Output;
class Pipeline;

struct StageCounts {
  // A sink's records end in its document: "written", not "dropped".
  uint64_t in = 0, out = 0, dropped = 0, rejected = 0, written = 0;
  std::chrono::nanoseconds busy{0};  // in the stage itself, downstream work excluded
};

// A stage as the command line asked for it.
struct StagePlan {
  std::string name;
  const ream_plugin* plugin = nullptr;
  ream_options options;
};

class StageRun {
 public:
  StageRun(Pipeline& pipeline, StagePlan plan) : pipeline(pipeline), plan(std::move(plan)) {}

  Pipeline& pipeline;
  StagePlan plan;
  ream_context ctx{this};
  void* instance = nullptr;
  StageRun* next = nullptr;
  StageCounts counts;
  bool wants_more = true;
  Origin current;  // where the record being processed came from, for messages

  // The error the plugin reported with set_error.
  int error_code = 0;
  std::string error_message;

  const std::string& name() const { return plan.name; }
  // Hand a record to this stage.  REAM_STOP once it wants no more.
  ream_status deliver(std::unique_ptr<Record> rec);
};

// Observes progress (records out of the last stage, input bytes).
using ProgressHook = std::function<void(uint64_t records, uint64_t bytes, uint64_t total)>;

class Pipeline {
 public:
  Pipeline(std::vector<StagePlan> plans, Diagnostics& diag, Output& out);
  ~Pipeline();

  // Run to the end.  Throws Failure (or BrokenPipe) when the run fails.
  void run(const std::vector<std::string>& inputs);
  // Tell the stages that the output is committed (see ream_plugin.commit).
  void commit();

  const std::vector<std::unique_ptr<StageRun>>& stages() const { return stages_; }
  Diagnostics& diagnostics() { return diag_; }
  Output& output() { return out_; }
  void set_timing(bool on) { timing_ = on; }
  bool timing() const { return timing_; }
  // Run a stage callback, adding its own time to `counts.busy`: the time
  // of callbacks nested inside it (the next stages, through emit) is
  // subtracted, so times are never negative and add up to the total.
  template <class Call>
  auto timed(StageCounts& counts, Call&& call) {
    if (!timing_) return call();
    auto outer = std::exchange(nested_, std::chrono::nanoseconds{0});
    auto start = std::chrono::steady_clock::now();
    auto result = call();
    auto elapsed = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start);
    counts.busy += elapsed - nested_;
    nested_ = outer + elapsed;
    return result;
  }
  void set_progress(ProgressHook hook) { progress_ = std::move(hook); }
  // Read only this part of the (single) input: --byte-range, --first-line.
  void set_input_range(const InputRange& range) { input_range_ = range; }

  // Used by the host function table.
  ream_status emit(StageRun& from, std::unique_ptr<Record> rec);
  void write_document(std::string_view bytes);
  void fail(std::exception_ptr error);
  bool failed() const { return static_cast<bool>(pending_); }
  void note_progress(uint64_t bytes, uint64_t total);

 private:
  void create_stages();
  void read_inputs(const std::vector<std::string>& inputs);
  void check(StageRun& stage, ream_status status);
  void finish_stages();
  void write_record(const Record& rec);

  Diagnostics& diag_;
  Output& out_;
  std::vector<std::unique_ptr<StageRun>> stages_;
  std::exception_ptr pending_;
  bool timing_ = false;
  InputRange input_range_;
  std::chrono::nanoseconds nested_{0};  // see timed()
  ProgressHook progress_;
  uint64_t records_out_ = 0;
  uint64_t bytes_in_ = 0, bytes_total_ = 0;
};

// The function table every plugin receives.
const ream_host* host_table();

inline Record* as_record(ream_record* r) { return reinterpret_cast<Record*>(r); }
inline const Record* as_record(const ream_record* r) { return reinterpret_cast<const Record*>(r); }
// A handle for a record the plugin will own (see plugin_guard.hh).
inline ream_record* as_handle(Record* r) {
  handle_given(r);
  return reinterpret_cast<ream_record*>(r);
}

}  // namespace ream::cli

#endif
