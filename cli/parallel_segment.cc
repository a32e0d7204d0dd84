#include "parallel_segment.hh"

#include <algorithm>

#include "diagnostics.hh"
#include "failure.hh"
#include "output.hh"
#include "plugin_guard.hh"
#include "read_ahead.hh"
#include "worker_pool.hh"

namespace ream::cli {
namespace {

constexpr size_t kFirstBatchLines = 64;
constexpr size_t kMaxBatchLines = 4096;
constexpr size_t kMaxBatchBytes = size_t{1} << 17;
constexpr size_t kBatchesPerWorker = 8;

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t") == std::string_view::npos; }

}  // namespace

// --- Lane ---------------------------------------------------------------

Lane::Lane(Pipeline& pipeline, size_t length, bool serialise) : pipeline_(pipeline), serialise_(serialise) {
  for (size_t i = 0; i < length; ++i)
    stages_.push_back(std::make_unique<StageRun>(pipeline, pipeline.stages()[i]->plan, this));
  for (size_t i = 0; i + 1 < stages_.size(); ++i) stages_[i]->next = stages_[i + 1].get();
  timer_.set_on(pipeline.timing());
}

Lane::~Lane() {
  for (auto& s : stages_)
    if (s->instance) s->plan.plugin->destroy(s->instance);
}

BatchEvent& Lane::add(BatchEvent::Kind kind) {
  BatchEvent& e = batch_->events.emplace_back();
  e.kind = kind;
  return e;
}

// The counts of the Lane's stages now, kept for an event that may end the run.
size_t Lane::snapshot() {
  if (stages_.empty()) return kNoSnapshot;
  size_t index = batch_->snapshots.size() / stages_.size();
  for (auto& s : stages_) batch_->snapshots.push_back(s->counts);
  return index;
}

void Lane::mark_fatal(size_t event) {
  if (fatal_) return;
  fatal_ = true;
  fatal_event_ = event;
}

void Lane::start(Batch& batch) {
  batch_ = &batch;
  batch.clear_results();
  fatal_ = false;
  for (auto& s : stages_) {
    s->counts = StageCounts{};
    s->error_code = 0;
    s->error_message.clear();
    s->wants_more = true;
  }
}

void Lane::end(Batch& batch) {
  for (auto& s : stages_) batch.counts.push_back(s->counts);
  batch_ = &idle_;
}

ream_status Lane::collect(std::unique_ptr<Record> rec) {
  if (!serialise_) {
    size_t at = snapshot();
    BatchEvent& e = add(BatchEvent::Kind::kRecord);
    e.record = std::move(rec);
    e.snapshot = at;
    return REAM_OK;
  }
  std::string& out = batch_->output;
  if (batch_->events.empty() || batch_->events.back().kind != BatchEvent::Kind::kBytes)
    add(BatchEvent::Kind::kBytes).begin = out.size();
  BatchEvent& e = batch_->events.back();
  rec->append_json(out);
  out += '\n';
  e.end = out.size();
  ++e.records;
  return REAM_OK;
}

void Lane::fail(std::exception_ptr error) {
  if (fatal_) return;  // the first failure is the one reported
  add(BatchEvent::Kind::kFailure).error = error;
  mark_fatal(batch_->events.size() - 1);
}

bool Lane::reject(const StageRun& stage, const std::string& file, uint64_t line, std::string_view raw,
                  std::string_view reason) {
  BatchEvent& e = add(BatchEvent::Kind::kReject);
  e.file = file;
  e.line = line;
  e.stage = stage.name();
  e.text = raw;
  e.reason = reason;
  if (pipeline_.diagnostics().policy() == OnError::kSkip) return true;
  mark_fatal(batch_->events.size() - 1);  // replaying it ends the run
  return false;
}

void Lane::warn(const StageRun& stage, const std::string& file, uint64_t line, std::string_view message) {
  BatchEvent& e = add(BatchEvent::Kind::kWarn);
  e.file = file;
  e.line = line;
  e.stage = stage.name();
  e.text = message;
}

// After a record went through: whether the batch ends here (a failure, a
// rejected line under --on-error=fail, or STOP), with the counts of that
// moment kept on the event that ends it.
bool Lane::ends_batch(ream_status status) {
  for (auto& s : stages_)
    if (auto error = s->failure(REAM_OK)) {
      fail(error);
      break;
    }
  if (fatal_) {
    batch_->events[fatal_event_].snapshot = snapshot();
    return true;
  }
  if (status != REAM_STOP) return false;
  size_t at = snapshot();
  add(BatchEvent::Kind::kStop).snapshot = at;
  return true;
}

void Lane::run_line(std::string& line, uint64_t number) {
  std::string error;
  auto rec = Record::parse(line, &error);  // takes the line's bytes
  const std::string& file = **file_;
  if (!rec) {
    BatchEvent& e = add(BatchEvent::Kind::kReject);
    e.host_reject = true;
    e.file = file;
    e.line = number;
    e.stage = pipeline_.stages().front()->name();
    e.text = std::move(line);
    e.reason = std::move(error);
    if (pipeline_.diagnostics().policy() == OnError::kFail) {
      mark_fatal(batch_->events.size() - 1);
      ends_batch(REAM_OK);
    }
    return;
  }
  rec->origin = Origin{*file_, number};
  if (stages_.empty()) {
    collect(std::move(rec));
    return;
  }
  ends_batch(stages_.front()->deliver(std::move(rec)));
}

void Lane::run(Batch& batch) {
  start(batch);
  LineBatch& lines = batch.lines;
  file_ = &lines.file;
  try {
    for (size_t i = 0; i < lines.size() && !fatal_; ++i) {
      std::string& line = lines.lines[i];
      if (is_blank(line)) continue;  // blank lines are not records
      run_line(line, lines.numbers[i]);
      if (!batch.events.empty() && batch.events.back().kind == BatchEvent::Kind::kStop) break;
    }
  } catch (...) {
    fail(std::current_exception());
    ends_batch(REAM_OK);
  }
  end(batch);
}

void Lane::create(Batch& batch) {
  start(batch);
  for (auto& s : stages_) {
    PluginCallScope scope(s->name(), nullptr, 0);
    s->instance = s->plan.plugin->create(host_table(), &s->ctx, &s->plan.options);
    if (!s->instance) {
      if (!fatal_) {
        int code = s->error_code ? s->error_code : kExitPlugin;
        fail(std::make_exception_ptr(
            Failure(code, s->error_message.empty() ? s->name() + ": could not start" : s->error_message)));
      }
      break;
    }
  }
  end(batch);
}

void Lane::finish(Batch& batch) {
  start(batch);
  for (auto& s : stages_) {
    if (!s->plan.plugin->finish || !s->instance) continue;
    PluginCallScope scope(s->name(), nullptr, 0);
    ream_status status = timer_.timed(s->counts, [&] { return s->plan.plugin->finish(s->instance); });
    if (auto error = s->failure(status)) fail(error);
    if (fatal_) break;
  }
  end(batch);
}

void Lane::commit(Batch& batch) {
  start(batch);
  for (auto& s : stages_) {
    const ream_plugin& p = *s->plan.plugin;
    if (p.size < offsetof(ream_plugin, commit) + sizeof p.commit || !p.commit || !s->instance) continue;
    PluginCallScope scope(s->name(), nullptr, 0);
    if (auto error = s->failure(p.commit(s->instance))) fail(error);
    if (fatal_) break;
  }
  end(batch);
}

// --- ParallelSegment ----------------------------------------------------

ParallelSegment::ParallelSegment(Pipeline& pipeline, size_t length) : pipeline_(pipeline), length_(length) {
  unsigned workers = std::max(1u, worker_count());
  bool serialise = length == pipeline.stages().size();
  for (unsigned i = 0; i < workers; ++i) {
    lanes_.push_back(std::make_unique<Lane>(pipeline, length, serialise));
    free_.push_back(lanes_.back().get());
  }
}

ParallelSegment::~ParallelSegment() = default;

// Call `call(lane, batch)` for each Lane in turn on this thread, replaying
// what it did before the next: finish and commit are rare, and what they
// report stays in Lane order (a record-local stage has nothing to say
// there).  Creation is the same for every instance, so only the first
// Lane's messages are shown: -j 7 must not print a warning seven times.
template <class Call>
void ParallelSegment::on_each_lane(Call&& call, bool first_lane_speaks) {
  Batch scratch;
  for (auto& lane : lanes_) {
    call(*lane, scratch);
    if (first_lane_speaks && lane != lanes_.front())
      std::erase_if(scratch.events, [](const BatchEvent& e) { return e.kind == BatchEvent::Kind::kWarn; });
    replay(scratch);
  }
}

void ParallelSegment::create() {
  on_each_lane([](Lane& lane, Batch& b) { lane.create(b); }, true);
}

void ParallelSegment::finish() {
  on_each_lane([](Lane& lane, Batch& b) { lane.finish(b); }, false);
}

void ParallelSegment::commit() {
  on_each_lane([](Lane& lane, Batch& b) { lane.commit(b); }, false);
}

void ParallelSegment::run(const std::vector<std::string>& inputs) {
  ReadAhead reader(inputs, lanes_.size() * kBatchesPerWorker, kFirstBatchLines, kMaxBatchLines, kMaxBatchBytes,
                   pipeline_.input_range());
  for (;;) {
    size_t count = 0;
    round_ = &reader.next(&count);
    if (count == 0) return;
    parallel_for(count, 1, process_batches, this);
    if (!replay_round(count)) return;
  }
}

// Replay the round, then let go of what it made on this thread, also
// when the run ends in it: an event (or a read error) may hold the
// exception being thrown, and the reader thread, which gets the round
// back (or the last reference to it), must not be the one to free it.
bool ParallelSegment::replay_round(size_t count) {
  struct Release {
    std::vector<Batch>& round;
    size_t count;
    ~Release() {
      for (size_t i = 0; i < count; ++i) {
        round[i].clear_results();
        round[i].lines.read_error = nullptr;
      }
    }
  } release{*round_, count};
  for (size_t i = 0; i < count; ++i)
    if (!replay((*round_)[i])) return false;
  return true;
}

Lane& ParallelSegment::take_lane() {
  std::unique_lock lock(free_mutex_);
  free_cv_.wait(lock, [&] { return !free_.empty(); });
  Lane* lane = free_.back();
  free_.pop_back();
  return *lane;
}

void ParallelSegment::give_back(Lane& lane) {
  {
    std::lock_guard lock(free_mutex_);
    free_.push_back(&lane);
  }
  free_cv_.notify_one();
}

void ParallelSegment::process_batches(void* arg, size_t begin, size_t end) {
  auto& self = *static_cast<ParallelSegment*>(arg);
  for (size_t i = begin; i < end; ++i) {
    Lane& lane = self.take_lane();
    lane.run((*self.round_)[i]);
    self.give_back(lane);
  }
}

void ParallelSegment::add_counts(const Batch& batch, size_t snapshot) {
  const StageCounts* from = batch.counts.data();
  if (snapshot != kNoSnapshot) from = batch.snapshots.data() + snapshot * length_;
  if (batch.counts.empty()) return;  // nothing ran
  for (size_t i = 0; i < length_; ++i) pipeline_.stages_[i]->counts += from[i];
}

// Replay one batch's events on the main thread.  False when the run
// stops in it.
bool ParallelSegment::replay(Batch& batch) {
  for (BatchEvent& event : batch.events) {
    bool goes_on;
    try {
      goes_on = replay_event(batch, event);
    } catch (...) {
      add_counts(batch, event.snapshot);
      throw;
    }
    if (!goes_on) {
      add_counts(batch, event.snapshot);
      return false;
    }
  }
  add_counts(batch, kNoSnapshot);
  if (batch.lines.read_error) std::rethrow_exception(batch.lines.read_error);
  Pipeline& p = pipeline_;
  if (batch.lines.file) {
    p.bytes_in_ = batch.lines.bytes_in;
    p.bytes_total_ = batch.lines.bytes_total;
    if (p.progress_) p.progress_(p.records_out_, p.bytes_in_, p.bytes_total_);
  }
  return true;
}

bool ParallelSegment::replay_event(const Batch& batch, BatchEvent& e) {
  Pipeline& p = pipeline_;
  switch (e.kind) {
    case BatchEvent::Kind::kBytes:
      p.out_.write(std::string_view(batch.output).substr(e.begin, e.end - e.begin));
      p.records_out_ += e.records;
      return true;
    case BatchEvent::Kind::kRecord: {
      StageRun& first = *p.stages_[length_];
      ream_status status = first.deliver(std::move(e.record));
      p.check(first, status);
      return status != REAM_STOP;
    }
    case BatchEvent::Kind::kReject:
      if (e.host_reject) ++p.stages_.front()->counts.rejected;
      p.diag_.reject(e.file, e.line, e.stage, e.text, e.reason);
      return true;
    case BatchEvent::Kind::kWarn:
      p.diag_.warn(e.file, e.line, e.stage, e.text);
      return true;
    case BatchEvent::Kind::kFailure:
      std::rethrow_exception(e.error);
    case BatchEvent::Kind::kStop:
      return false;
  }
  return true;
}

}  // namespace ream::cli
