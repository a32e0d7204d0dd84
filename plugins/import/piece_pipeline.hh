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
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

namespace ream::import {

// Slot: what one piece is made into.  A slot is reused, and a thread
// making a piece takes one of the slots it made before (`free_`), so that
// what a piece allocated is freed when the same thread makes another
// piece into that slot: memory freed by a thread other than the one that
// allocated it goes back to that thread's malloc arena under its lock,
// and keeps each thread's cache of small chunks empty on one side and
// full on the other (at -j 2 the calling thread makes about half the
// pieces, so slots reused in turn crossed threads half the time).
template <class Slot>
class PiecePipeline {
 public:
  PiecePipeline(size_t pieces, size_t window) : pieces_(pieces), window_(window), made_(window) {}

  // make(k, slot) makes piece k, on any thread: it must not throw or talk
  // to the host.  say(k, slot) says it, here, in order of k, and leaves
  // the slot ready for reuse; it returns false to stop (no later piece is
  // said).  When say throws, the workers are stopped and waited for first.
  // The slots are made here, on the calling thread.
  template <class Make, class Say>
  void run(Context& ctx, Make&& make, Say&& say) {
    size_t helpers = ctx.jobs() - 1;
    // At most `window` pieces are held (claimed and not yet said), so one
    // more slot a thread always leaves every thread one to take.
    slots_.resize(window_ + helpers + 1);
    for (Slot& slot : slots_) unused_.push_back(&slot);
    free_.resize(helpers + 1);
    auto work = [&](size_t helper, size_t) {
      while (std::optional<size_t> k = claim(true)) made(*k, helper + 1, make);
    };
    Context::Batch helping = ctx.parallel_start(helpers, 1, work);
    struct StopFirst {  // destroyed before `helping` waits for them
      PiecePipeline& p;
      ~StopFirst() { p.stop(); }
    } stop_first{*this};
    for (size_t next = 0; next < pieces_; ++next) {
      while (!is_made(next)) {
        if (std::optional<size_t> k = claim(false))
          made(*k, 0, make);
        else
          wait_made(next);
      }
      bool go = say(next, *made_[next % window_].slot);
      said(next);
      if (!go) return;
    }
  }

 private:
  // A piece made and not yet said: its slot, and who made it (0: the
  // calling thread, h: helper h).
  struct Made {
    Slot* slot = nullptr;
    size_t maker = 0;
  };

  // The next piece to make, if there is one inside the window.  A worker
  // (`wait_for_room`) waits while the window is full; the calling thread
  // has the next piece to say to wait for instead.
  std::optional<size_t> claim(bool wait_for_room) {
    std::unique_lock lock(mutex_);
    for (;;) {
      if (stopped_ || next_ >= pieces_) return std::nullopt;
      if (next_ < said_ + window_) return next_++;
      if (!wait_for_room) return std::nullopt;
      changed_.wait(lock);
    }
  }
  // Not inlined, so that a profile tells the pieces the calling thread
  // makes from what it says (bench/import_serial_fraction.sh).
  template <class Make>
  [[gnu::noinline]] void made(size_t k, size_t maker, Make& make) {
    Slot* slot = take_slot(maker);
    make(k, *slot);
    {
      std::lock_guard lock(mutex_);
      made_[k % window_] = Made{slot, maker};
    }
    changed_.notify_all();
  }
  // One of the slots `maker` made pieces into before, or one never used;
  // another thread's only when neither is left, which the count of slots
  // makes rare.
  Slot* take_slot(size_t maker) {
    std::lock_guard lock(mutex_);
    for (std::vector<Slot*>* from : {&free_[maker], &unused_})
      if (!from->empty()) return pop(*from);
    for (std::vector<Slot*>& other : free_)
      if (!other.empty()) return pop(other);
    return nullptr;  // not reached: at most `window` slots are held
  }
  static Slot* pop(std::vector<Slot*>& from) {
    Slot* slot = from.back();
    from.pop_back();
    return slot;
  }
  bool is_made(size_t k) {
    std::lock_guard lock(mutex_);
    return made_[k % window_].slot != nullptr;
  }
  void wait_made(size_t k) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return made_[k % window_].slot != nullptr; });
  }
  void said(size_t k) {
    {
      std::lock_guard lock(mutex_);
      Made& m = made_[k % window_];
      free_[m.maker].push_back(m.slot);
      m = Made{};
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

  const size_t pieces_, window_;
  std::deque<Slot> slots_;  // a deque: slots never move
  std::vector<Slot*> unused_;
  std::vector<std::vector<Slot*>> free_;  // by maker: slots it made pieces into, said since
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<Made> made_;  // by piece % window_
  size_t next_ = 0;         // the next piece to claim
  size_t said_ = 0;         // pieces said so far
  bool stopped_ = false;
};

}  // namespace ream::import

#endif
