// A batch of work for the -j workers and what came of it.
//
// The lines (line_batch.hh) go in; a Lane (parallel_segment.hh) fills in
// the rest: the events in the order they happened, the output bytes they
// point into, and the batch's own per-stage counts, with snapshots of the
// counts for the events that may end the run.  Batches are reused round
// after round, so their buffers keep their capacity.
#ifndef REAM_CLI_BATCH_HH
#define REAM_CLI_BATCH_HH

#include <cstddef>
#include <cstdint>
#include <exception>
#include <memory>
#include <string>
#include <vector>

#include "line_batch.hh"
#include "pipeline.hh"
#include "record.hh"

namespace ream::cli {

inline constexpr size_t kNoSnapshot = static_cast<size_t>(-1);

// One thing that happened in a Lane, to be replayed on the main thread.
struct BatchEvent {
  enum class Kind { kBytes, kRecord, kReject, kWarn, kFailure, kStop };
  Kind kind = Kind::kBytes;
  size_t snapshot = kNoSnapshot;  // the Lane's counts as of this event, when it can end the run
  std::string text;               // a rejected line; a warning
  size_t begin = 0, end = 0;      // output bytes: Batch::output[begin, end)
  uint64_t records = 0;           // records serialised in those bytes
  std::unique_ptr<Record> record;
  std::string file, stage, reason;
  uint64_t line = 0;
  bool host_reject = false;  // a line the host could not parse, counted on the first stage
  std::exception_ptr error;
};

struct Batch {
  LineBatch lines;
  // The records serialised by the Lane, when its last stage is the
  // chain's: one buffer per batch, reused, so that output costs no fresh
  // memory (page faults) round after round.
  std::string output;
  std::vector<BatchEvent> events;
  std::vector<StageCounts> counts;     // per Lane stage, this batch only
  std::vector<StageCounts> snapshots;  // counts.size() entries per snapshot

  void clear_results() {
    output.clear();
    events.clear();
    counts.clear();
    snapshots.clear();
  }
};

}  // namespace ream::cli

#endif
