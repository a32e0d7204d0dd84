// The --state file: papers emitted by earlier runs, in SQLite.
#ifndef REAM_DEDUPE_STATE_STORE_HH
#define REAM_DEDUPE_STATE_STORE_HH

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "record_fields.hh"

struct sqlite3;
struct sqlite3_stmt;

namespace ream::dedupe {

// Where a run's output goes, as the host tells it (ream_host.output_file):
// the file's absolute path and the device and inode it has once renamed
// into place.
struct OutputIdentity {
  std::string path;
  uint64_t dev = 0, ino = 0;
};

// One run as recorded in the state file, for --list-runs.
struct RunSummary {
  int64_t number = 0;
  std::string name, started, status, output;
  int64_t records_in = 0, emitted = 0, papers = 0;
};

// How a process uses the file.  A run (the stage deduplicating) waits
// for a distributed run in progress as for a process holding the lock;
// an inspection (--list, --forget, --prune-before) does not, so that a
// failed distributed run can be seen and ended.  The distributed steps
// (dist_state.cc): `distributed_begin` takes up the run of that number if
// it is still in progress (a retried step), else begins one;
// `distributed_finish` takes up that run and never begins one.
enum class StateUse { run, inspect, distributed_begin, distributed_finish };

class StateStore {
 public:
  // Opens (creating it and its directory if needed), checks that the file
  // is ream's, takes the write lock for the whole run (waiting up to
  // `timeout_seconds` for another run), and settles runs an earlier
  // process left pending.  `run_name` ("" for none) names this run:
  // when a run of that name is recorded, this run replaces it.  Throws
  // ream::DataError for a foreign, future or corrupt file or a lock not
  // granted, ream::IoError when the file cannot be created or written.
  StateStore(std::string path, double timeout_seconds, std::string run_name = {}, StateUse use = StateUse::run,
             int64_t distributed_run = 0);
  ~StateStore();
  StateStore(const StateStore&) = delete;
  StateStore& operator=(const StateStore&) = delete;

  // The papers earlier runs emitted, oldest first.  A re-run of a named
  // run sees what the runs before that one emitted, so it emits again
  // what that run emitted.
  std::vector<Fields> remembered();
  // Records a paper this run emitted; it becomes visible at commit().
  void remember(const Fields& fields);
  // The end of the stream.  With an output file, the run is made durable
  // now as pending, with the output's identity, before the host renames
  // the output into place; commit() then marks it done, and a process
  // killed in between has it settled by the next start: done if the file
  // at `output->path` is that output, forgotten if not.  Without one
  // (standard output) nothing is written until commit().
  void prepare(uint64_t records_in, uint64_t emitted, const std::optional<OutputIdentity>& output);
  // The output is in place: the run is done.
  void commit();

  // A distributed run (dist_state.cc).  lease() commits this run as in
  // progress ('distributed'): other runs wait for it, as for the lock,
  // until a process of StateUse::distributed_finish ends it with
  // prepare() and commit(), in one transaction.
  void lease();
  int64_t run() const { return run_; }
  // distributed_finish: the run was already ended (its step ran before).
  bool already_done() const { return already_done_; }

  // Inspection and repair (no run takes place).
  std::vector<RunSummary> runs();
  std::vector<std::pair<std::string, std::string>> papers();  // (id, run name or number)
  // Forget papers with this id, or every paper of the run of this name or
  // number: they will be sent again.  Returns how many papers went.
  int64_t forget(const std::string& id_or_run);
  // Forget runs (and their papers) started before DATE (YYYY-MM-DD).
  int64_t prune_before(const std::string& date);
  void save();  // commits an inspection's changes

 private:
  void check_and_create_schema();
  void settle_pending_runs();
  void finish_run(int64_t run, int64_t replaces);
  void discard_run(int64_t run);
  void begin_run();
  // In seconds as a double, as --state-timeout may be any length.
  using Deadline = std::chrono::time_point<std::chrono::steady_clock, std::chrono::duration<double>>;
  // Waits up to wait_seconds for the lock; a refusal names the timeout the
  // user gave, timeout_seconds, not what was left of it.
  void open_and_lock(double wait_seconds, double timeout_seconds);
  // The distributed run in progress that this process must wait for, if
  // any: its number and when it started.
  std::optional<std::pair<int64_t, std::string>> foreign_lease(StateUse use, int64_t distributed_run);
  // Polls, reading only, until no distributed run but `own` is in progress;
  // throws the "in use by another run" error at the deadline.
  void wait_for_lease_to_end(std::pair<int64_t, std::string> lease, int64_t own, Deadline deadline,
                             double timeout_seconds);
  bool take_up_run(int64_t run, StateUse use);
  void exec(const char* sql);
  int64_t changes_after(const char* sql, const std::string& arg);
  [[noreturn]] void fail(const std::string& what);
  // Ends any transaction and closes the connection; safe to call twice.
  void close();

  std::string path_;
  std::string run_name_;
  sqlite3* db_ = nullptr;
  bool open_transaction_ = false;
  sqlite3_stmt* insert_ = nullptr;
  int64_t run_ = 0;       // this run's row, once begun
  int64_t replaces_ = 0;  // the row of the run of the same name, if any
  int64_t position_ = 0;  // this run's place in the order of runs
  bool pending_ = false;  // prepare() committed the run as pending
  bool already_done_ = false;
};

// Fields as one JSON object and back (the state file's storage form).
std::string fields_to_json(const Fields& f);
Fields fields_from_json(const std::string& json);

}  // namespace ream::dedupe

#endif
