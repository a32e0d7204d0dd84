// Pieces of work made on the run's workers while the calling thread says
// the finished ones, in order: a pipeline, not rounds.
//
// The import stage cuts a large file into pieces, parses each piece and
// makes its records on any thread, and must then say (emit, reject, warn)
// what the pieces found in file order on the calling thread.  Done in
// fork-join rounds (parse a window of pieces, then say it), the workers
// idle while the calling thread says a window, and every round waits for
// its slowest piece.  Here the workers take pieces in order, never more
// than `window` ahead of the last one said (which bounds memory), through
// one batch that lasts the whole file (Context::parallel_start); the
// calling thread says each piece as soon as it is made, and when the next
// one is still being made it makes a later one itself instead of waiting.
// What a piece says does not depend on the thread that made it, so the
// output is the same bytes for every -j.
#ifndef REAM_IMPORT_PIECE_PIPELINE_HH
#define REAM_IMPORT_PIECE_PIPELINE_HH

#include <ream/plugin.hpp>

#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <vector>

namespace ream::import {

// Slot: what one piece is made into; reused, piece k in slot k % window.
template <class Slot>
class PiecePipeline {
 public:
  PiecePipeline(size_t pieces, size_t window) : pieces_(pieces), slots_(window), made_(window, 0) {}

  // make(k, slot) makes piece k, on any thread: it must not throw or talk
  // to the host.  say(k, slot) says it, here, in order of k, and leaves
  // the slot ready for reuse; it returns false to stop (no later piece is
  // said).  When say throws, the workers are stopped and waited for first.
  template <class Make, class Say>
  void run(Context& ctx, Make&& make, Say&& say) {
    auto work = [&](size_t, size_t) {
      while (std::optional<size_t> k = claim(true)) made(*k, make);
    };
    Context::Batch helpers = ctx.parallel_start(ctx.jobs() - 1, 1, work);
    struct StopFirst {  // destroyed before `helpers` waits for them
      PiecePipeline& p;
      ~StopFirst() { p.stop(); }
    } stop_first{*this};
    for (size_t next = 0; next < pieces_; ++next) {
      while (!is_made(next)) {
        if (std::optional<size_t> k = claim(false))
          made(*k, make);
        else
          wait_made(next);
      }
      bool go = say(next, slots_[next % slots_.size()]);
      said(next);
      if (!go) return;
    }
  }

 private:
  // The next piece to make, if there is one inside the window.  A worker
  // (`wait_for_room`) waits while the window is full; the calling thread
  // has the next piece to say to wait for instead.
  std::optional<size_t> claim(bool wait_for_room) {
    std::unique_lock lock(mutex_);
    for (;;) {
      if (stopped_ || next_ >= pieces_) return std::nullopt;
      if (next_ < said_ + slots_.size()) return next_++;
      if (!wait_for_room) return std::nullopt;
      changed_.wait(lock);
    }
  }
  template <class Make>
  void made(size_t k, Make& make) {
    make(k, slots_[k % slots_.size()]);
    {
      std::lock_guard lock(mutex_);
      made_[k % slots_.size()] = 1;
    }
    changed_.notify_all();
  }
  bool is_made(size_t k) {
    std::lock_guard lock(mutex_);
    return made_[k % slots_.size()];
  }
  void wait_made(size_t k) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return made_[k % slots_.size()] != 0; });
  }
  void said(size_t k) {
    {
      std::lock_guard lock(mutex_);
      made_[k % slots_.size()] = 0;
      said_ = k + 1;
    }
    changed_.notify_all();
  }
  void stop() {
    {
      std::lock_guard lock(mutex_);
      stopped_ = true;
    }
    changed_.notify_all();
  }

  const size_t pieces_;
  std::vector<Slot> slots_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<char> made_;  // by slot: its piece is made and not yet said
  size_t next_ = 0;         // the next piece to claim
  size_t said_ = 0;         // pieces said so far
  bool stopped_ = false;
};

}  // namespace ream::import

#endif
