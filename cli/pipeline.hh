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
//
// With -j N above 1, parsing the input and the leading stages that declare
// REAM_RECORD_LOCAL run on the workers instead (parallel_segment.hh); a
// StageRun of such a stage belongs to one Lane and routes what it reports
// there, to be replayed in input order on the main thread.  When no stage
// can run there and the first stage is REAM_SERIAL_LIGHT, the main thread
// parses, as at -j 1.
#ifndef REAM_CLI_PIPELINE_HH
#define REAM_CLI_PIPELINE_HH

#include <ream/plugin.h>

#include <chrono>
#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "line_reader.hh"
#include "plugin_guard.hh"
#include "record.hh"
#include "stage_options.hh"

namespace ream::cli {
class StageRun;
class Lane;
}  // namespace ream::cli

struct ream_context {
  ream::cli::StageRun* run;
};

namespace ream::cli {

class Diagnostics;
class Output;
class Pipeline;
class ParallelSegment;

struct StageCounts {
  // A sink's records end in its document: "written", not "dropped".
  uint64_t in = 0, out = 0, dropped = 0, rejected = 0, written = 0;
  std::chrono::nanoseconds busy{0};  // in the stage itself, downstream work excluded

  StageCounts& operator+=(const StageCounts& o) {
    in += o.in, out += o.out, dropped += o.dropped, rejected += o.rejected, written += o.written;
    busy += o.busy;
    return *this;
  }
};

// Times stage callbacks, adding each one's own time to `counts.busy`: the
// time of callbacks nested inside it (the next stages, through emit) is
// subtracted, so times are never negative and add up to the total.  One
// per thread of stages: the pipeline's, and one per Lane.
class StageTimer {
 public:
  void set_on(bool on) { on_ = on; }
  bool on() const { return on_; }
  template <class Call>
  auto timed(StageCounts& counts, Call&& call) {
    if (!on_) return call();
    auto outer = std::exchange(nested_, std::chrono::nanoseconds{0});
    auto start = std::chrono::steady_clock::now();
    auto result = call();
    auto elapsed = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start);
    counts.busy += elapsed - nested_;
    nested_ = outer + elapsed;
    return result;
  }

 private:
  bool on_ = false;
  std::chrono::nanoseconds nested_{0};
};

// A stage as the command line asked for it.
struct StagePlan {
  std::string name;
  const ream_plugin* plugin = nullptr;
  ream_options options;
};

class StageRun {
 public:
  StageRun(Pipeline& pipeline, StagePlan plan, Lane* lane = nullptr)
      : pipeline(pipeline), plan(std::move(plan)), lane(lane) {}

  Pipeline& pipeline;
  StagePlan plan;
  ream_context ctx{this};
  void* instance = nullptr;
  StageRun* next = nullptr;
  Lane* lane = nullptr;  // set on an instance running on a worker
  StageCounts counts;
  bool wants_more = true;
  Origin current;  // where the record being processed came from, for messages

  // The error the plugin reported with set_error.
  int error_code = 0;
  std::string error_message;

  const std::string& name() const { return plan.name; }
  // Hand a record to this stage.  REAM_STOP once it wants no more.
  ream_status deliver(std::unique_ptr<Record> rec);

  // What the host functions do for this stage: on the main thread they go
  // to the pipeline, on a worker to the instance's Lane.
  ream_status emit(std::unique_ptr<Record> rec);
  bool failed() const;
  void fail(std::exception_ptr error);
  void reject(const std::string& file, uint64_t line, std::string_view raw, std::string_view reason);
  void warn(const std::string& file, uint64_t line, std::string_view message);
  StageTimer& timer();
  // The failure this stage's status or set_error stands for, if any.
  std::exception_ptr failure(ream_status status) const;
};

// Whether the host may run instances of this stage on several workers.
bool is_record_local(const ream_plugin& plugin);
// Whether a stage declares itself REAM_SERIAL_LIGHT.
bool is_serial_light(const ream_plugin& plugin);

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
  void set_timing(bool on) { timer_.set_on(on); }
  bool timing() const { return timer_.on(); }
  StageTimer& timer() { return timer_; }
  template <class Call>
  auto timed(StageCounts& counts, Call&& call) {
    return timer_.timed(counts, std::forward<Call>(call));
  }
  void set_progress(ProgressHook hook) { progress_ = std::move(hook); }
  // Read only this part of the (single) input: --byte-range, --first-line.
  void set_input_range(const InputRange& range) { input_range_ = range; }
  const InputRange& input_range() const { return input_range_; }

  // Used by the host function table.
  ream_status emit(StageRun& from, std::unique_ptr<Record> rec);
  // Records given as text (ream_host.emit_json): whether what `from`
  // emits goes to the output with no later stage or worker lane taking
  // the record, and emitting such text, the record's own JSON line.
  static bool writes_output(const StageRun& from) { return !from.lane && !from.next; }
  ream_status emit_text(StageRun& from, std::string_view json);
  void write_document(std::string_view bytes);
  void fail(std::exception_ptr error);
  bool failed() const { return static_cast<bool>(pending_); }
  void note_progress(uint64_t bytes, uint64_t total);

 private:
  friend class ParallelSegment;  // reads the input and replays batches on the pipeline's behalf

  void create_stages(size_t first);
  size_t record_local_prefix() const;
  bool parses_on_first_stage_thread() const;
  void read_inputs(const std::vector<std::string>& inputs);
  void check(StageRun& stage, ream_status status);
  void finish_stages();
  void write_record(const Record& rec);
  void line_written();

  Diagnostics& diag_;
  Output& out_;
  std::vector<std::unique_ptr<StageRun>> stages_;
  std::exception_ptr pending_;
  StageTimer timer_;
  InputRange input_range_;
  ProgressHook progress_;
  std::unique_ptr<ParallelSegment> segment_;
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
