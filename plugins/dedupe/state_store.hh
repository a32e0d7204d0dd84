// The --state file: papers emitted by earlier runs, in SQLite.
#ifndef REAM_DEDUPE_STATE_STORE_HH
#define REAM_DEDUPE_STATE_STORE_HH

#include <cstdint>
#include <string>
#include <vector>

#include "record_fields.hh"

struct sqlite3;
struct sqlite3_stmt;

namespace ream::dedupe {

class StateStore {
 public:
  // Opens (creating if needed) and takes the write lock for the whole run,
  // waiting up to `timeout_seconds` for another run to finish.  Throws
  // ream::DataError when the lock is not granted or the file is unusable.
  StateStore(std::string path, double timeout_seconds);
  ~StateStore();
  StateStore(const StateStore&) = delete;
  StateStore& operator=(const StateStore&) = delete;

  // The papers earlier runs emitted, oldest first.
  std::vector<Fields> remembered();
  // Records a paper this run emitted; it becomes visible at commit().
  void remember(const Fields& fields);
  // Writes the run's counts and commits the run's one transaction.
  void commit(uint64_t records_in, uint64_t emitted);

 private:
  void exec(const char* sql);
  [[noreturn]] void fail(const std::string& what);

  std::string path_;
  sqlite3* db_ = nullptr;
  bool open_transaction_ = false;
  sqlite3_stmt* insert_ = nullptr;
};

// Fields as one JSON object and back (the state file's storage form).
std::string fields_to_json(const Fields& f);
Fields fields_from_json(const std::string& json);

}  // namespace ream::dedupe

#endif
