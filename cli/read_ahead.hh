// Reading the input one round of batches ahead, on a thread of its own.
//
// With -j the main thread spreads a round of batches over the workers and
// then replays it; reading the next round meanwhile takes the reading out
// of the serial share of the run.  Two rounds exist: the reader fills one
// while the main thread works on the other, and the main thread hands a
// round back when it asks for the next, so memory stays at two rounds.
// The reader runs no plugin code and throws nothing (BatchReader keeps a
// read error in the batch it belongs to).
//
// Stopping early (head has its records, or the run failed): the reader
// may be blocked reading a pipe that never ends, so nothing waits for
// it: it is detached from the start (a run ended by a crash report must
// not leave a finished thread unjoined either), the destructor only tells
// it to stop, and the state the reader uses is shared with it, so it
// stays valid until the reader ends or the process exits.
#ifndef REAM_CLI_READ_AHEAD_HH
#define REAM_CLI_READ_AHEAD_HH

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "line_reader.hh"

#include "batch.hh"

namespace ream::cli {

class ReadAhead {
 public:
  // Rounds of `batches` batches; a batch grows from `first_lines` lines,
  // fourfold per round, up to `max_lines`, and ends at `max_bytes`.
  ReadAhead(std::vector<std::string> inputs, size_t batches, size_t first_lines, size_t max_lines, size_t max_bytes,
            const InputRange& range = {});
  ~ReadAhead();
  ReadAhead(const ReadAhead&) = delete;
  ReadAhead& operator=(const ReadAhead&) = delete;

  // The next round, in input order (the batches [0, size) of the returned
  // vector are filled); a size of 0 at the end of the input.  The round
  // returned before is handed back to the reader.
  std::vector<Batch>& next(size_t* size);

 private:
  struct Shared;
  static void read(const std::shared_ptr<Shared>& shared);

  std::shared_ptr<Shared> shared_;
  int current_ = -1;  // the round the caller holds
};

}  // namespace ream::cli

#endif
