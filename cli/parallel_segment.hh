// The parallel segment: parsing and the leading record-local stages on
// the -j workers, with output, counts and messages in input order.
//
// When a run reads records (its first stage is not a source) and -j is
// above 1, one thread reads the input into batches of lines
// (line_batch.hh), a round of them at a time, one round ahead of the
// main thread (read_ahead.hh).  The main thread spreads a round over
// the run's workers with parallel_for: a worker takes a batch, takes a
// free Lane (one instance of each record-local stage at the head of the
// chain, REAM_RECORD_LOCAL; one Lane per worker, so no instance ever runs
// on two threads at once), parses the lines and pushes the records
// through the Lane's stages.  Nothing a Lane does is seen outside it: what
// leaves the last record-local stage is kept in the batch (as output
// bytes when that stage is the last of the chain, as records otherwise),
// and so is every reject, warning and failure, as an event in the order
// it happened, along with the batch's own per-stage counts.
//
// When the round is done, the main thread replays the batches in their
// input order: it writes their bytes or hands their records to the first
// serial stage, prints their messages, writes --reject lines and adds
// their counts.  So the output, the messages, the --reject file and the
// --stats counts are the bytes a one-thread run makes, for any -j:
//  - a Lane stops its batch at the first event that ends the run (a
//    rejected line under --on-error=fail, a stage failure or STOP), so
//    what follows it in the batch is never run; later batches of the
//    round may have run, but their events are never replayed, so the
//    first error in input order is the one reported and nothing after it
//    is written;
//  - counts are kept per batch; when the run ends inside a batch, the
//    counts as they were at that event (a snapshot kept with every event
//    that can end the run) are added instead of the batch's totals;
//  - a downstream STOP (head) ends the replay, and no further round is
//    read.
//
// Memory is bounded by two rounds: 4 batches per worker, each at most
// 4096 lines or 1 MiB.  The first rounds use small batches (64 lines,
// growing fourfold) so that `where ... then head -n 3` reads little more
// than it needs.
//
// Scaling: the replay (writing bytes, or the serial stages) runs on the
// main thread between rounds, the reader must keep up with all the
// workers (about 1 GB/s of lines on one core), and the last batch of a
// round can leave workers idle; those bound the speed-up per added worker
// (Amdahl).  Replaying one round while the next is processed is the next
// step when that share starts to dominate.
#ifndef REAM_CLI_PARALLEL_SEGMENT_HH
#define REAM_CLI_PARALLEL_SEGMENT_HH

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "batch.hh"
#include "pipeline.hh"

namespace ream::cli {

// One instance of each record-local stage, run by one worker at a time.
class Lane {
 public:
  Lane(Pipeline& pipeline, size_t length, bool serialise);
  ~Lane();
  Lane(const Lane&) = delete;
  Lane& operator=(const Lane&) = delete;

  // These record their events in `batch`.
  void create(Batch& batch);
  void run(Batch& batch);
  void finish(Batch& batch);
  void commit(Batch& batch);

  // Used by the Lane's StageRuns.
  ream_status collect(std::unique_ptr<Record> rec);
  bool failed() const { return fatal_; }
  void fail(std::exception_ptr error);
  bool reject(const StageRun& stage, const std::string& file, uint64_t line, std::string_view raw,
              std::string_view reason);
  void warn(const StageRun& stage, const std::string& file, uint64_t line, std::string_view message);
  StageTimer& timer() { return timer_; }

 private:
  void start(Batch& batch);
  void end(Batch& batch);
  void run_line(std::string& line, uint64_t number);
  bool ends_batch(ream_status status);
  size_t snapshot();
  void mark_fatal(size_t event);
  BatchEvent& add(BatchEvent::Kind kind);

  Pipeline& pipeline_;
  std::vector<std::unique_ptr<StageRun>> stages_;
  bool serialise_;  // the Lane's last stage is the chain's last: keep output bytes
  const std::shared_ptr<const std::string>* file_ = nullptr;
  // What a stage reports outside create, run, finish and commit (in its
  // destructor, say) has no place in the input order; it lands here and
  // is not shown.
  Batch idle_;
  Batch* batch_ = &idle_;
  bool fatal_ = false;
  size_t fatal_event_ = 0;
  StageTimer timer_;
};

class ParallelSegment {
 public:
  // `length`: how many stages at the head of the chain run on the workers.
  ParallelSegment(Pipeline& pipeline, size_t length);
  ~ParallelSegment();

  size_t length() const { return length_; }
  void create();
  void run(const std::vector<std::string>& inputs);
  void finish();
  void commit();

 private:
  static void process_batches(void* self, size_t begin, size_t end);
  bool replay_round(size_t count);
  bool replay(Batch& batch);
  bool replay_event(const Batch& batch, BatchEvent& event);
  void add_counts(const Batch& batch, size_t snapshot);
  template <class Call>
  void on_each_lane(Call&& call, bool first_lane_speaks);
  Lane& take_lane();
  void give_back(Lane& lane);

  Pipeline& pipeline_;
  size_t length_;
  std::vector<std::unique_ptr<Lane>> lanes_;
  std::vector<Batch>* round_ = nullptr;  // the round being processed

  std::mutex free_mutex_;
  std::condition_variable free_cv_;
  std::vector<Lane*> free_;
};

}  // namespace ream::cli

#endif
