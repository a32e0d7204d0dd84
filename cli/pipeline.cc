#include "pipeline.hh"

#include <fmt/format.h>

#include <cstddef>

#include "diagnostics.hh"
#include "failure.hh"
#include "line_reader.hh"
#include "output.hh"
#include "parallel_segment.hh"
#include "plugin_guard.hh"
#include "worker_pool.hh"

namespace ream::cli {
namespace {

using Clock = std::chrono::steady_clock;

}  // namespace

ream_status StageRun::deliver(std::unique_ptr<Record> rec) {
  ++counts.in;
  if (!wants_more) {
    // Upstream ignored our STOP; the record is accounted for, not lost.
    ++counts.dropped;
    return REAM_STOP;
  }
  // The plugin may free the record before it reports an error about it,
  // so keep its origin, not a pointer to it.
  Origin previous = std::exchange(current, rec->origin);
  ream_status status;
  {
    PluginCallScope scope(name(), current.file.get(), current.line);
    status = timer().timed(counts, [&] { return plan.plugin->process(instance, as_handle(rec.release())); });
  }
  if (status != REAM_OK && status != REAM_STOP && !failed() && error_code == 0) {
    error_code = status;
    error_message = locate(current.file ? *current.file : "", current.line, name(),
                           fmt::format("the plugin failed without a message (status {})", static_cast<int>(status)));
  }
  current = std::move(previous);
  if (status != REAM_OK) {  // REAM_STOP, or an error recorded above
    wants_more = false;
    return REAM_STOP;
  }
  return failed() ? REAM_STOP : REAM_OK;
}

ream_status StageRun::emit(std::unique_ptr<Record> rec) {
  if (!lane) return pipeline.emit(*this, std::move(rec));
  ++counts.out;
  return next ? next->deliver(std::move(rec)) : lane->collect(std::move(rec));
}

bool StageRun::failed() const { return lane ? lane->failed() : pipeline.failed(); }

void StageRun::fail(std::exception_ptr error) {
  if (lane)
    lane->fail(error);
  else
    pipeline.fail(error);
}

void StageRun::reject(const std::string& file, uint64_t line, std::string_view raw, std::string_view reason) {
  if (!lane) {
    pipeline.diagnostics().reject(file, line, name(), raw, reason);
  } else if (!lane->reject(*this, file, line, raw, reason)) {
    // Under --on-error=fail the run ends here, as the main thread's
    // Diagnostics::reject would end it by throwing.
    throw Failure(kExitData, locate(file, line, name(), std::string(reason)));
  }
}

void StageRun::warn(const std::string& file, uint64_t line, std::string_view message) {
  if (lane)
    lane->warn(*this, file, line, message);
  else
    pipeline.diagnostics().warn(file, line, name(), message);
}

StageTimer& StageRun::timer() { return lane ? lane->timer() : pipeline.timer(); }

std::exception_ptr StageRun::failure(ream_status status) const {
  if (status == REAM_OK || status == REAM_STOP) {
    if (error_code == 0) return nullptr;
    status = static_cast<ream_status>(error_code);
  }
  int code = error_code ? error_code : status;
  std::string message = error_message.empty() ? fmt::format("{}: failed (status {})", name(), code) : error_message;
  if (code < kExitData || code > kExitIo) code = kExitPlugin;
  return std::make_exception_ptr(Failure(code, message));
}

bool is_record_local(const ream_plugin& p) {
  // Executable stages and plugins built before ABI 1.4 have a shorter
  // descriptor, and are serial.
  bool has_field = p.size >= offsetof(ream_plugin, concurrency) + sizeof p.concurrency && p.abi_minor >= 4;
  return has_field && p.kind == REAM_TRANSFORM && p.concurrency == REAM_RECORD_LOCAL;
}

bool is_serial_light(const ream_plugin& p) {
  bool has_field = p.size >= offsetof(ream_plugin, concurrency) + sizeof p.concurrency && p.abi_minor >= 4;
  return has_field && p.kind == REAM_TRANSFORM && p.concurrency == REAM_SERIAL_LIGHT;
}

Pipeline::Pipeline(std::vector<StagePlan> plans, Diagnostics& diag, Output& out) : diag_(diag), out_(out) {
  for (auto& plan : plans) stages_.push_back(std::make_unique<StageRun>(*this, std::move(plan)));
  for (size_t i = 0; i + 1 < stages_.size(); ++i) stages_[i]->next = stages_[i + 1].get();
  for (size_t i = 0; i < stages_.size(); ++i) {
    const ream_plugin& p = *stages_[i]->plan.plugin;
    if (p.kind == REAM_SOURCE && i != 0)
      throw Failure(kExitUsage, fmt::format("{}: a source stage must come first in the chain", stages_[i]->name()));
    if (p.kind == REAM_SINK && i + 1 != stages_.size())
      throw Failure(kExitUsage, fmt::format("{}: a sink stage must come last in the chain (it writes a document, "
                                            "not records)",
                                            stages_[i]->name()));
  }
}

Pipeline::~Pipeline() {
  segment_.reset();
  for (auto& s : stages_)
    if (s->instance) s->plan.plugin->destroy(s->instance);
}

void Pipeline::fail(std::exception_ptr error) {
  if (!pending_) pending_ = error;
}

// Turn a stage's failing status into the Failure it stands for.
void Pipeline::check(StageRun& stage, ream_status status) {
  if (pending_) std::rethrow_exception(std::exchange(pending_, nullptr));
  if (auto error = stage.failure(status)) std::rethrow_exception(error);
}

// How many stages at the head of the chain may run on the workers.
size_t Pipeline::record_local_prefix() const {
  size_t n = 0;
  while (n < stages_.size() && is_record_local(*stages_[n]->plan.plugin)) ++n;
  return n;
}

// Whether the workers should leave parsing to the main thread: when no
// stage can run on them and the first serial one is light
// (REAM_SERIAL_LIGHT), a record parsed on a worker costs more to hand
// over than its parse saved (sort at -j 2: a fifth more CPU time and no
// wall time gained, docs/BENCHMARKS.md).  Output is the same either way;
// the workers stay there for the stages' own parallel_for.
bool Pipeline::parses_on_first_stage_thread() const {
  return record_local_prefix() == 0 && is_serial_light(*stages_.front()->plan.plugin);
}

void Pipeline::create_stages(size_t first) {
  for (size_t i = first; i < stages_.size(); ++i) {
    StageRun* s = stages_[i].get();
    PluginCallScope scope(s->name(), nullptr, 0);
    s->instance = s->plan.plugin->create(host_table(), &s->ctx, &s->plan.options);
    if (!s->instance) {
      if (pending_) std::rethrow_exception(pending_);
      int code = s->error_code ? s->error_code : kExitPlugin;
      throw Failure(code, s->error_message.empty() ? s->name() + ": could not start" : s->error_message);
    }
  }
}

void Pipeline::run(const std::vector<std::string>& inputs) {
  StageRun& first = *stages_.front();
  if (first.plan.plugin->kind == REAM_SOURCE) {
    create_stages(0);
    PluginCallScope scope(first.name(), nullptr, 0);
    ream_status status = timed(first.counts, [&] { return first.plan.plugin->run(first.instance); });
    check(first, status);
  } else if (worker_count() > 1 && !parses_on_first_stage_thread()) {
    segment_ = std::make_unique<ParallelSegment>(*this, record_local_prefix());
    segment_->create();
    create_stages(segment_->length());
    segment_->run(inputs);
  } else {
    create_stages(0);
    read_inputs(inputs);
  }
  finish_stages();
}

void Pipeline::commit() {
  if (segment_) segment_->commit();
  for (auto& s : stages_) {
    const ream_plugin& p = *s->plan.plugin;
    if (!s->instance) continue;  // its instances are the parallel segment's
    if (p.size < offsetof(ream_plugin, commit) + sizeof p.commit || !p.commit) continue;  // an ABI 1.0 plugin
    PluginCallScope scope(s->name(), nullptr, 0);
    check(*s, p.commit(s->instance));
  }
}

void Pipeline::read_inputs(const std::vector<std::string>& inputs) {
  StageRun& first = *stages_.front();
  std::string line;
  for (const auto& path : inputs) {
    LineReader reader(path, input_range_);
    bytes_total_ = reader.size();
    uint64_t done_before = bytes_in_;
    while (reader.next(line)) {
      if (line.find_first_not_of(" \t") == std::string::npos) continue;  // blank lines are not records
      std::string error;
      auto rec = Record::parse(line, &error);
      if (!rec) {
        ++first.counts.rejected;
        diag_.reject(*reader.name(), reader.line_number(), first.name(), line, error);
        continue;
      }
      rec->origin = Origin{reader.name(), reader.line_number()};
      ream_status status = first.deliver(std::move(rec));
      check(first, status);
      if (status == REAM_STOP) return;
      if (progress_ && (reader.line_number() & 1023) == 0) {
        bytes_in_ = done_before + reader.bytes_read();
        progress_(records_out_, bytes_in_, bytes_total_);
      }
    }
    bytes_in_ = done_before + reader.bytes_read();
  }
}

void Pipeline::finish_stages() {
  if (segment_) segment_->finish();
  for (auto& s : stages_) {
    if (s->plan.plugin->finish && s->instance) {
      PluginCallScope scope(s->name(), nullptr, 0);
      ream_status status = timed(s->counts, [&] { return s->plan.plugin->finish(s->instance); });
      check(*s, status);
    }
    const StageCounts& c = s->counts;
    if (s->plan.plugin->kind == REAM_TRANSFORM && c.out + c.dropped < c.in)
      diag_.warn("", 0, s->name(),
                 fmt::format("{} record(s) went missing: the plugin neither emitted nor dropped them",
                             c.in - c.out - c.dropped));
  }
  if (progress_) progress_(records_out_, bytes_in_, bytes_total_);
}

ream_status Pipeline::emit(StageRun& from, std::unique_ptr<Record> rec) {
  ++from.counts.out;
  if (from.next) return from.next->deliver(std::move(rec));
  write_record(*rec);
  return REAM_OK;
}

ream_status Pipeline::emit_text(StageRun& from, std::string_view json) {
  ++from.counts.out;
  std::string& buf = out_.buffer();
  buf += json;
  buf += '\n';
  line_written();
  return REAM_OK;
}

void Pipeline::write_record(const Record& rec) {
  std::string& buf = out_.buffer();
  rec.append_json(buf);
  buf += '\n';
  line_written();
}

void Pipeline::line_written() {
  out_.maybe_flush();
  if (progress_ && (++records_out_ & 1023) == 0) progress_(records_out_, bytes_in_, bytes_total_);
}

void Pipeline::write_document(std::string_view bytes) { out_.write(bytes); }

void Pipeline::note_progress(uint64_t bytes, uint64_t total) {
  bytes_in_ = bytes;
  bytes_total_ = total;
  if (progress_) progress_(records_out_, bytes_in_, bytes_total_);
}

}  // namespace ream::cli
