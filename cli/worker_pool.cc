#include "worker_pool.hh"

#include <sched.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

#include "plugin_guard.hh"

namespace ream::cli {
namespace {

// One parallel_for in flight.  Pieces are handed out by `next`; the call
// returns when `finished` reaches `pieces`.
struct Job {
  ream_task_fn task = nullptr;
  void* arg = nullptr;
  size_t count = 0, grain = 1, pieces = 0;
  std::atomic<size_t> next{0};
  std::atomic<size_t> finished{0};
};

thread_local bool t_in_task = false;

}  // namespace

// A parallel_start in flight: its job, and whether the workers took it.
struct Batch {
  Job job;
  bool on_workers = false;
};

namespace {

class Pool {
 public:
  void start(unsigned jobs) {
    std::lock_guard lock(mutex_);
    if (started_) return;
    started_ = true;
    jobs_ = std::max(1u, jobs);
    for (unsigned i = 1; i < jobs_; ++i) threads_.emplace_back([this] { work(); });
  }
  ~Pool() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    wake_.notify_all();
    for (auto& t : threads_) t.join();
  }
  unsigned jobs() const { return jobs_; }

  void run(size_t count, size_t grain, ream_task_fn task, void* arg) {
    if (grain == 0) grain = std::max<size_t>(1, count / (size_t{jobs_} * 8));
    Job job;
    if (count <= grain || !hand_out(job, count, grain, task, arg)) {
      run_serially(count, grain, task, arg);
      return;
    }
    take_pieces(job);
    wait_for(job);
  }

  // Hands the pieces to the workers alone and returns; the caller takes
  // what they left at wait(), where everything runs when no worker is
  // free.
  Batch* start_batch(size_t count, size_t grain, ream_task_fn task, void* arg) {
    if (grain == 0) grain = std::max<size_t>(1, count / (size_t{jobs_} * 8));
    auto batch = std::make_unique<Batch>();
    batch->on_workers = hand_out(batch->job, count, grain, task, arg);
    if (!batch->on_workers) {
      batch->job.task = task;
      batch->job.arg = arg;
      batch->job.count = count;
      batch->job.grain = grain;
    }
    return batch.release();
  }
  void wait_batch(Batch* batch) {
    std::unique_ptr<Batch> owned(batch);
    Job& job = batch->job;
    if (!batch->on_workers) {
      run_serially(job.count, job.grain, job.task, job.arg);
      return;
    }
    take_pieces(job);
    wait_for(job);
  }

 private:
  // Makes `job` the one the workers serve; false (nothing done) when no
  // worker is free: none exist, this thread runs a task, or another call
  // holds them.
  bool hand_out(Job& job, size_t count, size_t grain, ream_task_fn task, void* arg) {
    if (threads_.empty() || t_in_task || count == 0 || busy_.exchange(true)) return false;
    job.task = task;
    job.arg = arg;
    job.count = count;
    job.grain = grain;
    job.pieces = (count + grain - 1) / grain;
    {
      std::lock_guard lock(mutex_);
      job_ = &job;
      ++generation_;
    }
    wake_.notify_all();
    return true;
  }
  // Returns once every piece of the job handed out is done and no worker
  // still looks at it; the workers are free again.
  void wait_for(Job& job) {
    {
      std::unique_lock lock(mutex_);
      done_.wait(lock, [&] { return job.finished.load() == job.pieces && helping_ == 0; });
      job_ = nullptr;
    }
    busy_.store(false);
  }

  static void run_serially(size_t count, size_t grain, ream_task_fn task, void* arg) {
    bool outer = std::exchange(t_in_task, true);
    for (size_t b = 0; b < count; b += grain) task(arg, b, std::min(count, b + grain));
    t_in_task = outer;
  }

  static void take_pieces(Job& job) {
    bool outer = std::exchange(t_in_task, true);
    for (;;) {
      size_t piece = job.next.fetch_add(1);
      if (piece >= job.pieces) break;
      size_t begin = piece * job.grain;
      job.task(job.arg, begin, std::min(job.count, begin + job.grain));
      job.finished.fetch_add(1);
    }
    t_in_task = outer;
  }

  void work() {
    install_crash_stack();
    uint64_t seen = 0;
    std::unique_lock lock(mutex_);
    for (;;) {
      wake_.wait(lock, [&] { return stopping_ || (job_ && generation_ != seen); });
      if (stopping_) return;
      seen = generation_;
      Job* job = job_;
      ++helping_;
      lock.unlock();
      take_pieces(*job);
      lock.lock();
      --helping_;
      done_.notify_all();
    }
  }

  std::mutex mutex_;
  std::condition_variable wake_, done_;
  // Set while the workers serve one call's job (an atomic flag, not a
  // mutex: a batch holds the workers across calls, and the thread that
  // started it may try parallel_for again meanwhile).
  std::atomic<bool> busy_{false};
  std::vector<std::thread> threads_;
  Job* job_ = nullptr;
  uint64_t generation_ = 0;
  unsigned helping_ = 0;
  unsigned jobs_ = 1;
  bool started_ = false, stopping_ = false;
};

Pool& pool() {
  static Pool p;
  return p;
}

}  // namespace

unsigned available_cores() {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0) return std::max(1, CPU_COUNT(&set));
  return std::max(1u, std::thread::hardware_concurrency());
}

void start_workers(unsigned jobs) { pool().start(jobs); }
unsigned worker_count() { return pool().jobs(); }
void parallel_for(size_t count, size_t grain, ream_task_fn task, void* arg) {
  if (count) pool().run(count, grain, task, arg);
}
Batch* parallel_start(size_t count, size_t grain, ream_task_fn task, void* arg) {
  return pool().start_batch(count, grain, task, arg);
}
void parallel_wait(Batch* batch) {
  if (batch) pool().wait_batch(batch);
}

}  // namespace ream::cli
