#include "read_ahead.hh"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>

#include "plugin_guard.hh"

namespace ream::cli {

struct ReadAhead::Shared {
  Shared(std::vector<std::string> inputs, size_t batches, const InputRange& range) : reader(std::move(inputs), range) {
    for (auto& r : rounds) r.resize(batches);
  }
  BatchReader reader;
  size_t first_lines = 0, max_lines = 0, max_bytes = 0;

  std::mutex mutex;
  std::condition_variable changed;
  std::vector<Batch> rounds[2];
  size_t sizes[2] = {0, 0};
  bool full[2] = {false, false};  // filled, and not yet handed back
  std::atomic<bool> stop{false};  // also read while filling, without the mutex
};

ReadAhead::ReadAhead(std::vector<std::string> inputs, size_t batches, size_t first_lines, size_t max_lines,
                     size_t max_bytes, const InputRange& range)
    : shared_(std::make_shared<Shared>(std::move(inputs), std::max<size_t>(1, batches), range)) {
  shared_->first_lines = std::max<size_t>(1, first_lines);
  shared_->max_lines = std::max(shared_->first_lines, max_lines);
  shared_->max_bytes = max_bytes;
  // Detached from the start: a run that ends by a crash report (_exit)
  // must not leave a finished thread unjoined either.
  std::thread(read, shared_).detach();
}

ReadAhead::~ReadAhead() {
  {
    std::lock_guard lock(shared_->mutex);
    shared_->stop = true;
  }
  shared_->changed.notify_all();
}

// The reader: fill round 0, 1, 0, 1, ... each once the caller has handed
// it back; a round with no batch marks the end.
void ReadAhead::read(const std::shared_ptr<Shared>& shared) {
  install_crash_stack();
  Shared& s = *shared;
  size_t lines = s.first_lines;
  for (int round = 0;; round ^= 1) {
    {
      std::unique_lock lock(s.mutex);
      s.changed.wait(lock, [&] { return s.stop || !s.full[round]; });
      if (s.stop) return;
    }
    std::vector<Batch>& batches = s.rounds[round];
    // A round ends at its number of batches or, with very long lines, at
    // as many bytes as that many full batches hold: two rounds bound the
    // memory even when every batch is one 100 MB line.
    size_t n = 0, bytes = 0, max_round_bytes = batches.size() * s.max_bytes;
    while (n < batches.size() && bytes < max_round_bytes && !s.stop &&
           s.reader.fill(batches[n].lines, lines, s.max_bytes)) {
      batches[n].clear_results();
      bytes += batches[n].lines.bytes;
      if (batches[n++].lines.read_error) break;
    }
    lines = std::min(lines * 4, s.max_lines);
    {
      std::lock_guard lock(s.mutex);
      s.sizes[round] = n;
      s.full[round] = true;
    }
    s.changed.notify_all();
    if (n == 0) return;
  }
}

std::vector<Batch>& ReadAhead::next(size_t* size) {
  Shared& s = *shared_;
  std::unique_lock lock(s.mutex);
  if (current_ >= 0) s.full[current_] = false;  // handed back
  current_ = current_ < 0 ? 0 : current_ ^ 1;
  s.changed.notify_all();
  s.changed.wait(lock, [&] { return s.full[current_]; });
  *size = s.sizes[current_];
  return s.rounds[current_];
}

}  // namespace ream::cli
