// The run's workers: -j N threads shared by every stage of the run.
//
// One pool per process, made with the run's -j before any stage starts.
// parallel_for cuts [0, count) into pieces and lets the workers and the
// calling thread take them from one atomic counter, so a slow piece never
// leaves the others idle, and returns when the last piece is done.  Work
// is never queued behind other work: while one parallel_for is running,
// a second one (from another thread, or nested inside a task) runs its
// pieces on its own calling thread.  That keeps the pool free of
// deadlocks without giving up determinism, because what a piece computes
// never depends on the thread that runs it (ream_host.parallel_for).
// parallel_start hands a job to the workers without the calling thread,
// which goes on with its own work (saying in order what earlier pieces
// found) and joins the job at parallel_wait; the workers stay that job's
// until then, and other calls meanwhile run serially.
#ifndef REAM_CLI_WORKER_POOL_HH
#define REAM_CLI_WORKER_POOL_HH

#include <ream/plugin.h>

#include <cstddef>

namespace ream::cli {

// The number of cores this process may run on (its CPU affinity mask).
unsigned available_cores();

// Start `jobs` - 1 worker threads (none for 1).  Called once, before the
// run; later calls are ignored.
void start_workers(unsigned jobs);
// The run's -j (1 until start_workers).
unsigned worker_count();
// See ream_host.parallel_for.
void parallel_for(size_t count, size_t grain, ream_task_fn task, void* arg);
// See ream_host.parallel_start and parallel_wait: every batch started is
// waited for once, by the thread that started it.
struct Batch;
Batch* parallel_start(size_t count, size_t grain, ream_task_fn task, void* arg);
void parallel_wait(Batch* batch);

}  // namespace ream::cli

#endif
