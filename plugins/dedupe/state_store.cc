// The --state file.
//
// A daily cron job must emit only papers no earlier run emitted, so the
// file remembers, for every emitted paper, the fields matching needs; the
// next run loads them as earlier records that are never written again.
//
// Safety comes from SQLite's own transactions rather than from lock files:
// the run takes the write lock at start (BEGIN EXCLUSIVE, in EXCLUSIVE
// locking mode so the lock is kept across the run's commits until the
// file is closed), so a second run started meanwhile waits in SQLite's
// busy handler up to the timeout and then fails with a clear message.
// EXCLUSIVE, not IMMEDIATE: a run waiting in BEGIN IMMEDIATE holds a read
// lock while it waits, and the first run's commit, which needs every read
// lock gone, then failed ("database is locked") whenever the second waited
// longer than the first's timeout.
//
// Exactly once, with an output file: the (digest, state) pair must change
// together, but a rename and a database commit cannot be one atomic step.
// So the run is committed as *pending* before the host renames the digest
// into place, with the identity (path, device, inode) the digest will have
// there, and marked done after.  A process killed between the two leaves
// a pending run; the next start looks at the path: the same inode means
// the digest was delivered (the run is done), anything else means it was
// not (the run and its papers are forgotten, so they are sent again).  A
// full disk therefore fails the run before the digest is in place, or
// only fails to mark done a run whose digest is in place, which the next
// start settles.  Without an output file (standard output) the run is
// committed once, after the host flushed the output.
//
// The file is marked as ream's (application_id 'ream', user_version = the
// format); another program's database, a newer format, and unreadable rows
// are refused rather than written into or skipped.  Format 0 (before the
// mark, tables papers and runs only) is upgraded in place.
//
// A distributed run (dedupe --dist state ... update, dist_state.cc) cannot
// hold the lock from its first step to its last: they are processes on
// several nodes.  Its first step begins the run as a single process does
// and commits it as 'distributed', a lease: runs that start meanwhile wait
// for it as for the lock and then fail alike; inspections do not wait, so
// --list shows a failed one and --forget ends it.  Its last step writes
// the run's papers and marks it done in one transaction; run again, it
// finds the run done and writes nothing.
//
// Named runs (--run-id): a run records its name and its position among
// runs.  A run of a name already recorded sees only the papers of the runs
// before that one, so it emits again what that run emitted (a cron job
// re-run the same day reproduces its digest), and replaces it when done.
#include "state_store.hh"

#include <sqlite3.h>
#include <boost/json.hpp>
#include <ream/plugin.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <thread>

namespace ream::dedupe {
namespace {

constexpr int kApplicationId = 0x7265616d;  // "ream"
constexpr int kFormat = 1;

constexpr const char* kSchema =
    "CREATE TABLE papers(seq INTEGER PRIMARY KEY, id TEXT NOT NULL, fields TEXT NOT NULL, run INTEGER);"
    "CREATE TABLE runs(run INTEGER PRIMARY KEY, records_in INTEGER NOT NULL, emitted INTEGER NOT NULL,"
    " name TEXT, position INTEGER, status TEXT NOT NULL DEFAULT 'done', replaces INTEGER, output TEXT,"
    " output_dev INTEGER, output_ino INTEGER, started TEXT);"
    "CREATE INDEX papers_run ON papers(run);";

// Format 0 had papers(seq, id, fields) and runs(run, records_in, emitted).
constexpr const char* kUpgradeFrom0 =
    "ALTER TABLE papers ADD COLUMN run INTEGER;"
    "ALTER TABLE runs ADD COLUMN name TEXT;"
    "ALTER TABLE runs ADD COLUMN position INTEGER;"
    "ALTER TABLE runs ADD COLUMN status TEXT NOT NULL DEFAULT 'done';"
    "ALTER TABLE runs ADD COLUMN replaces INTEGER;"
    "ALTER TABLE runs ADD COLUMN output TEXT;"
    "ALTER TABLE runs ADD COLUMN output_dev INTEGER;"
    "ALTER TABLE runs ADD COLUMN output_ino INTEGER;"
    "ALTER TABLE runs ADD COLUMN started TEXT;"
    "UPDATE runs SET position = run;"
    "CREATE INDEX papers_run ON papers(run);";

class Statement {
 public:
  Statement(sqlite3* db, const char* sql) {
    if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) stmt_ = nullptr;
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  sqlite3_stmt* get() const { return stmt_; }
  explicit operator bool() const { return stmt_ != nullptr; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace

std::string fields_to_json(const Fields& f) {
  boost::json::object o;
  auto put = [&](const char* key, const std::string& value) {
    if (!value.empty()) o[key] = value;
  };
  put("id", f.id);
  put("title", f.title);
  if (!f.authors.empty()) {
    boost::json::array a;
    for (const auto& name : f.authors) a.emplace_back(name);
    o["authors"] = std::move(a);
  }
  put("year", f.year);
  put("date", f.date);
  put("venue", f.venue);
  put("volume", f.volume);
  put("pages", f.pages);
  put("abstract", f.abstract);
  put("arxiv", f.arxiv);
  put("doi", f.doi);
  put("url", f.url);
  return boost::json::serialize(o);
}

namespace {

Fields fields_from_object(const boost::json::object& o) {
  Fields f;
  auto get = [&](const char* key, std::string& out) {
    if (auto* p = o.if_contains(key); p && p->is_string()) out = std::string(p->as_string());
  };
  get("id", f.id);
  get("title", f.title);
  if (auto* p = o.if_contains("authors"); p && p->is_array())
    for (const auto& a : p->as_array())
      if (a.is_string()) f.authors.emplace_back(a.as_string());
  get("year", f.year);
  get("date", f.date);
  get("venue", f.venue);
  get("volume", f.volume);
  get("pages", f.pages);
  get("abstract", f.abstract);
  get("arxiv", f.arxiv);
  get("doi", f.doi);
  get("url", f.url);
  return f;
}

}  // namespace

Fields fields_from_json(const std::string& json) {
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(json, ec);
  if (ec || !v.is_object()) return Fields{};
  return fields_from_object(v.as_object());
}

namespace {

bool is_io_error(int code) {
  switch (code & 0xff) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
      return true;
    default:
      return false;
  }
}

std::string parent_of(const std::string& path) {
  auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

int64_t column_int(sqlite3_stmt* s, int i) { return sqlite3_column_int64(s, i); }
std::string column_text(sqlite3_stmt* s, int i) {
  const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
  return t ? t : "";
}

// The distributed run a process may find in progress as its own: a
// retried first step takes up its run; a plain run has none (0).
int64_t own_run(StateUse use, int64_t distributed_run) { return use == StateUse::run ? 0 : distributed_run; }

}  // namespace

StateStore::StateStore(std::string path, double timeout_seconds, std::string run_name, StateUse use,
                       int64_t distributed_run)
    : path_(std::move(path)), run_name_(std::move(run_name)) {
  // The directory is made as mkdir -p would; a file that exists but
  // cannot be written is refused here, not at the first paper.
  std::error_code ec;
  std::string dir = parent_of(path_);
  std::filesystem::create_directories(dir, ec);
  if (ec) throw IoError("state file '" + path_ + "': cannot create its directory: " + ec.message());
  if (struct stat st{}; ::stat(path_.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
    throw IoError("state file '" + path_ + "': cannot open: " + std::strerror(EISDIR));
  if (::access(path_.c_str(), F_OK) == 0 && ::access(path_.c_str(), R_OK | W_OK) != 0)
    throw IoError("state file '" + path_ + "': cannot open for writing: " + std::strerror(errno));
  if (::access(dir.c_str(), W_OK) != 0)
    throw IoError("state file '" + path_ + "': cannot write in its directory: " + std::strerror(errno));
  // A distributed run in progress holds the file as the lock would, but
  // across processes on several nodes: wait for it as SQLite's busy
  // handler waits for a lock, polling.  The polls only read: a waiter that
  // took the exclusive lock every 50 ms to look could starve the very run
  // it waits for, whose next step needs that lock (CI saw a step give up
  // after 30 s under a sanitizer while a run with --state-timeout 120
  // polled).  A reader yields to a writer: once the writer holds SQLite's
  // pending lock, no new reader gets in.
  Deadline deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(timeout_seconds);
  for (;;) {
    double left = std::chrono::duration<double>(deadline - std::chrono::steady_clock::now()).count();
    open_and_lock(std::max(0.0, left), timeout_seconds);
    std::optional<std::pair<int64_t, std::string>> lease;
    // A constructor that throws runs no destructor: a refused file (foreign,
    // newer, corrupt) or a full disk must still let go of the connection.
    try {
      check_and_create_schema();
      lease = foreign_lease(use, distributed_run);
    } catch (...) {
      close();
      throw;
    }
    if (!lease) break;
    close();
    wait_for_lease_to_end(*lease, own_run(use, distributed_run), deadline, timeout_seconds);
  }
  try {
    settle_pending_runs();
    if (!take_up_run(distributed_run, use)) begin_run();
  } catch (...) {
    close();
    throw;
  }
}

void StateStore::open_and_lock(double wait_seconds, double timeout_seconds) {
  if (sqlite3_open_v2(path_.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
    fail("cannot open");
  sqlite3_busy_timeout(db_, static_cast<int>(std::lround(wait_seconds * 1000)));
  exec("PRAGMA locking_mode = EXCLUSIVE");
  int rc = sqlite3_exec(db_, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr);
  if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%g", timeout_seconds);
    std::string message =
        "state file '" + path_ + "' is in use by another run; gave up after " + seconds + " s (see --state-timeout)";
    sqlite3_close_v2(db_);  // _v2: closes once statements still alive are finalized
    db_ = nullptr;
    throw DataError(message);
  }
  if (rc != SQLITE_OK) fail("cannot lock");
  open_transaction_ = true;
}

namespace {

// The distributed run other than `own` in progress in db's file, if any;
// `readable` says whether the question could be asked at all.
std::optional<std::pair<int64_t, std::string>> lease_in(sqlite3* db, int64_t own, bool& readable) {
  Statement s(db, "SELECT run, coalesce(started, '') FROM runs WHERE status = 'distributed' AND run <> ?1 LIMIT 1");
  readable = static_cast<bool>(s);
  if (!s) return std::nullopt;
  sqlite3_bind_int64(s.get(), 1, own);
  if (sqlite3_step(s.get()) != SQLITE_ROW) return std::nullopt;
  return std::pair{column_int(s.get(), 0), column_text(s.get(), 1)};
}

// The same, read through a read-only connection of its own; nullopt also
// when the file cannot be read so (a hot journal only a writer may roll
// back, say): the caller then looks again with the lock.
std::optional<std::pair<int64_t, std::string>> read_foreign_lease(const std::string& path, int64_t own,
                                                                  double wait_seconds) {
  sqlite3* db = nullptr;
  std::optional<std::pair<int64_t, std::string>> lease;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_busy_timeout(db, static_cast<int>(std::lround(wait_seconds * 1000)));
    bool readable = false;
    lease = lease_in(db, own, readable);
  }
  sqlite3_close_v2(db);
  return lease;
}

}  // namespace

void StateStore::wait_for_lease_to_end(std::pair<int64_t, std::string> lease, int64_t own, Deadline deadline,
                                       double timeout_seconds) {
  for (;;) {
    if (std::chrono::steady_clock::now() >= deadline) {
      char seconds[32];
      std::snprintf(seconds, sizeof seconds, "%g", timeout_seconds);
      std::string run = std::to_string(lease.first);
      throw DataError("state file '" + path_ + "' is in use by another run (distributed run " + run + ", started " +
                      lease.second + "); gave up after " + seconds +
                      " s (see --state-timeout; a distributed run that failed is ended with --forget " + run + ")");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    double left = std::chrono::duration<double>(deadline - std::chrono::steady_clock::now()).count();
    auto still = read_foreign_lease(path_, own, std::max(0.0, left));
    if (!still) return;
    lease = std::move(*still);
  }
}

std::optional<std::pair<int64_t, std::string>> StateStore::foreign_lease(StateUse use, int64_t distributed_run) {
  // An inspection must see and end a failed run; the finishing step
  // writes only while its own run is in progress, which excludes others.
  if (use == StateUse::inspect || use == StateUse::distributed_finish) return std::nullopt;
  bool readable = false;
  auto lease = lease_in(db_, own_run(use, distributed_run), readable);
  if (!readable) fail("cannot read");
  return lease;
}

// The distributed run `run`, taken up by a step of it: true when this
// process carries it on, false when a new run is to begin.
bool StateStore::take_up_run(int64_t run, StateUse use) {
  if (use != StateUse::distributed_begin && use != StateUse::distributed_finish) return false;
  Statement s(
      db_, "SELECT coalesce(name, ''), coalesce(position, 0), coalesce(replaces, 0), status FROM runs WHERE run = ?1");
  if (!s) fail("cannot read");
  sqlite3_bind_int64(s.get(), 1, run);
  bool found = run > 0 && sqlite3_step(s.get()) == SQLITE_ROW;
  std::string status = found ? column_text(s.get(), 3) : "";
  if (use == StateUse::distributed_begin) {
    if (status != "distributed") return false;  // none yet, or an earlier run's, ended
  } else if (!found) {
    throw DataError("state file '" + path_ + "' holds no run " + std::to_string(run) +
                    ": the distributed run was ended (--forget) or the state file replaced; run it again");
  } else if (status == "done") {
    already_done_ = true;
  } else if (status != "distributed") {
    throw DataError("state file '" + path_ + "': run " + std::to_string(run) + " is not a distributed run in progress");
  }
  run_ = run;
  run_name_ = column_text(s.get(), 0);
  position_ = column_int(s.get(), 1);
  replaces_ = column_int(s.get(), 2);
  return true;
}

void StateStore::lease() {
  changes_after("UPDATE runs SET status = 'distributed' WHERE run = CAST(?1 AS INTEGER)", std::to_string(run_));
  exec("COMMIT");
  open_transaction_ = false;
}

StateStore::~StateStore() { close(); }

void StateStore::close() {
  sqlite3_finalize(insert_);
  insert_ = nullptr;
  if (open_transaction_ && db_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  open_transaction_ = false;
  sqlite3_close_v2(db_);  // _v2: closes once statements still alive are finalized
  db_ = nullptr;
}

void StateStore::exec(const char* sql) {
  if (sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) != SQLITE_OK) fail("cannot use");
}

void StateStore::fail(const std::string& what) {
  sqlite3_finalize(insert_);
  insert_ = nullptr;
  int code = db_ ? sqlite3_extended_errcode(db_) : SQLITE_NOMEM;
  std::string message = what + " state file '" + path_ + "': " + (db_ ? sqlite3_errmsg(db_) : "out of memory");
  if (open_transaction_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  open_transaction_ = false;
  sqlite3_close_v2(db_);  // _v2: closes once statements still alive are finalized
  db_ = nullptr;
  if (is_io_error(code)) throw IoError(message);
  throw DataError(message);
}

// Is this file ream's, and in a format this ream reads?  A new, empty
// database becomes one; format 0 is upgraded; anything else is refused.
void StateStore::check_and_create_schema() {
  auto pragma = [&](const char* sql) {
    Statement s(db_, sql);
    if (!s || sqlite3_step(s.get()) != SQLITE_ROW) fail("cannot read");
    return column_int(s.get(), 0);
  };
  int64_t application = pragma("PRAGMA application_id");
  int64_t format = pragma("PRAGMA user_version");
  std::vector<std::string> tables;
  {
    Statement s(db_, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    if (!s) fail("cannot read");
    while (sqlite3_step(s.get()) == SQLITE_ROW) tables.push_back(column_text(s.get(), 0));
  }
  auto refuse = [&](const std::string& why) {
    throw DataError("state file '" + path_ + "' is not a ream state file (" + why + "); refusing to change it");
  };
  if (application == kApplicationId) {
    if (format > kFormat)
      throw DataError("state file '" + path_ + "' was written by a newer ream (state format " + std::to_string(format) +
                      "; this ream reads format " + std::to_string(kFormat) + " and older)");
    if (format == kFormat) return;
    refuse("marked as ream's but of unknown format " + std::to_string(format));
  }
  if (application != 0) {
    char hex[32];
    std::snprintf(hex, sizeof hex, "0x%08llx", static_cast<unsigned long long>(application));
    refuse(std::string("its application_id is ") + hex);
  }
  if (!tables.empty() && tables != std::vector<std::string>{"papers", "runs"}) {
    std::string names;
    for (const auto& t : tables) names += (names.empty() ? "" : ", ") + t;
    refuse("another program's database, with tables " + names);
  }
  exec(tables.empty() ? kSchema : kUpgradeFrom0);
  exec(("PRAGMA application_id = " + std::to_string(kApplicationId)).c_str());
  exec(("PRAGMA user_version = " + std::to_string(kFormat)).c_str());
}

// Runs an earlier process committed as pending, and whose output it may or
// may not have renamed into place before it died.
void StateStore::settle_pending_runs() {
  struct Pending {
    int64_t run, replaces;
    std::string output;
    int64_t dev, ino;
  };
  std::vector<Pending> pending;
  {
    Statement s(db_,
                "SELECT run, replaces, output, output_dev, output_ino FROM runs"
                " WHERE status NOT IN ('done', 'distributed')");
    if (!s) fail("cannot read");
    while (sqlite3_step(s.get()) == SQLITE_ROW)
      pending.push_back({column_int(s.get(), 0), column_int(s.get(), 1), column_text(s.get(), 2),
                         column_int(s.get(), 3), column_int(s.get(), 4)});
  }
  if (pending.empty()) return;
  for (const auto& p : pending) {
    struct stat st {};
    bool delivered = !p.output.empty() && ::stat(p.output.c_str(), &st) == 0 &&
                     static_cast<int64_t>(st.st_dev) == p.dev && static_cast<int64_t>(st.st_ino) == p.ino;
    if (delivered)
      finish_run(p.run, p.replaces);
    else
      discard_run(p.run);
  }
  // Settled for good, whatever this run does next; the lock stays held.
  exec("COMMIT");
  open_transaction_ = false;
  exec("BEGIN EXCLUSIVE");
  open_transaction_ = true;
}

int64_t StateStore::changes_after(const char* sql, const std::string& arg) {
  Statement s(db_, sql);
  if (!s) fail("cannot write");
  sqlite3_bind_text(s.get(), 1, arg.data(), static_cast<int>(arg.size()), SQLITE_TRANSIENT);
  if (sqlite3_step(s.get()) != SQLITE_DONE) fail("cannot write");
  return sqlite3_changes(db_);
}

void StateStore::finish_run(int64_t run, int64_t replaces) {
  changes_after("UPDATE runs SET status = 'done' WHERE run = CAST(?1 AS INTEGER)", std::to_string(run));
  if (replaces) discard_run(replaces);
}

void StateStore::discard_run(int64_t run) {
  changes_after("DELETE FROM papers WHERE run = CAST(?1 AS INTEGER)", std::to_string(run));
  changes_after("DELETE FROM runs WHERE run = CAST(?1 AS INTEGER)", std::to_string(run));
}

void StateStore::begin_run() {
  position_ = 0;
  {
    Statement s(db_, "SELECT coalesce(max(position), 0) + 1 FROM runs");
    if (!s || sqlite3_step(s.get()) != SQLITE_ROW) fail("cannot read");
    position_ = column_int(s.get(), 0);
  }
  if (!run_name_.empty()) {
    Statement s(db_, "SELECT run, position FROM runs WHERE name = ?1 AND status = 'done' ORDER BY run DESC LIMIT 1");
    if (!s) fail("cannot read");
    sqlite3_bind_text(s.get(), 1, run_name_.data(), static_cast<int>(run_name_.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(s.get()) == SQLITE_ROW) {
      replaces_ = column_int(s.get(), 0);
      position_ = column_int(s.get(), 1);
    }
  }
  Statement s(db_,
              "INSERT INTO runs(records_in, emitted, name, position, status, replaces, started)"
              " VALUES (0, 0, ?1, ?2, 'running', ?3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
  if (!s) fail("cannot write");
  if (run_name_.empty())
    sqlite3_bind_null(s.get(), 1);
  else
    sqlite3_bind_text(s.get(), 1, run_name_.data(), static_cast<int>(run_name_.size()), SQLITE_TRANSIENT);
  sqlite3_bind_int64(s.get(), 2, position_);
  if (replaces_)
    sqlite3_bind_int64(s.get(), 3, replaces_);
  else
    sqlite3_bind_null(s.get(), 3);
  if (sqlite3_step(s.get()) != SQLITE_DONE) fail("cannot write");
  run_ = sqlite3_last_insert_rowid(db_);
}

std::vector<Fields> StateStore::remembered() {
  std::vector<Fields> out;
  Statement select(db_,
                   "SELECT p.seq, p.fields FROM papers p LEFT JOIN runs r ON r.run = p.run"
                   " WHERE r.run IS NULL OR (r.status = 'done' AND r.position < ?1) ORDER BY p.seq");
  if (!select) fail("cannot read");
  sqlite3_bind_int64(select.get(), 1, position_);
  int rc;
  while ((rc = sqlite3_step(select.get())) == SQLITE_ROW) {
    std::string text = column_text(select.get(), 1);
    boost::system::error_code ec;
    boost::json::value v = boost::json::parse(text, ec);
    if (ec || !v.is_object())
      throw DataError("state file '" + path_ + "': paper row " + std::to_string(column_int(select.get(), 0)) +
                      " is unreadable (its fields are not a JSON object); forget it with --forget or move the "
                      "file away");
    out.push_back(fields_from_object(v.as_object()));
  }
  if (rc != SQLITE_DONE) fail("cannot read");
  return out;
}

void StateStore::remember(const Fields& fields) {
  // Written at once, but inside the run's transaction: nothing is visible
  // to others, or survives a crash, before prepare() or commit().
  if (!insert_ && sqlite3_prepare_v2(db_, "INSERT INTO papers(id, fields, run) VALUES (?, ?, ?)", -1, &insert_,
                                     nullptr) != SQLITE_OK)
    fail("cannot write");
  std::string json = fields_to_json(fields);
  sqlite3_bind_text(insert_, 1, fields.id.data(), static_cast<int>(fields.id.size()), SQLITE_STATIC);
  sqlite3_bind_text(insert_, 2, json.data(), static_cast<int>(json.size()), SQLITE_STATIC);
  sqlite3_bind_int64(insert_, 3, run_);
  int rc = sqlite3_step(insert_);
  sqlite3_reset(insert_);
  if (rc != SQLITE_DONE) fail("cannot write");
}

void StateStore::prepare(uint64_t records_in, uint64_t emitted, const std::optional<OutputIdentity>& output) {
  sqlite3_finalize(insert_);
  insert_ = nullptr;
  Statement s(db_,
              "UPDATE runs SET records_in = ?1, emitted = ?2, status = 'pending', output = ?3, output_dev = ?4,"
              " output_ino = ?5 WHERE run = ?6");
  if (!s) fail("cannot write");
  sqlite3_bind_int64(s.get(), 1, static_cast<sqlite3_int64>(records_in));
  sqlite3_bind_int64(s.get(), 2, static_cast<sqlite3_int64>(emitted));
  if (output) {
    sqlite3_bind_text(s.get(), 3, output->path.data(), static_cast<int>(output->path.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(s.get(), 4, static_cast<sqlite3_int64>(output->dev));
    sqlite3_bind_int64(s.get(), 5, static_cast<sqlite3_int64>(output->ino));
  }
  sqlite3_bind_int64(s.get(), 6, run_);
  if (sqlite3_step(s.get()) != SQLITE_DONE) fail("cannot write");
  if (!output) return;  // committed once, by commit()
  exec("COMMIT");
  open_transaction_ = false;
  pending_ = true;
}

void StateStore::commit() {
  if (pending_) {
    exec("BEGIN EXCLUSIVE");
    open_transaction_ = true;
  }
  finish_run(run_, replaces_);
  exec("COMMIT");
  open_transaction_ = false;
  pending_ = false;
}

std::vector<RunSummary> StateStore::runs() {
  std::vector<RunSummary> out;
  Statement s(db_,
              "SELECT r.run, coalesce(r.name, ''), coalesce(r.started, ''), r.status, coalesce(r.output, ''),"
              " r.records_in, r.emitted, (SELECT count(*) FROM papers p WHERE p.run = r.run)"
              " FROM runs r WHERE r.run <> ?1 ORDER BY r.position, r.run");
  if (!s) fail("cannot read");
  sqlite3_bind_int64(s.get(), 1, run_);
  while (sqlite3_step(s.get()) == SQLITE_ROW)
    out.push_back({column_int(s.get(), 0), column_text(s.get(), 1), column_text(s.get(), 2), column_text(s.get(), 3),
                   column_text(s.get(), 4), column_int(s.get(), 5), column_int(s.get(), 6), column_int(s.get(), 7)});
  return out;
}

std::vector<std::pair<std::string, std::string>> StateStore::papers() {
  std::vector<std::pair<std::string, std::string>> out;
  Statement s(db_,
              "SELECT p.id, coalesce(r.name, CAST(r.run AS TEXT), '') FROM papers p LEFT JOIN runs r ON r.run = p.run"
              " WHERE p.run IS NULL OR p.run <> ?1 ORDER BY p.seq");
  if (!s) fail("cannot read");
  sqlite3_bind_int64(s.get(), 1, run_);
  while (sqlite3_step(s.get()) == SQLITE_ROW) out.emplace_back(column_text(s.get(), 0), column_text(s.get(), 1));
  return out;
}

int64_t StateStore::forget(const std::string& id_or_run) {
  int64_t n = changes_after(
      "DELETE FROM papers WHERE run IN (SELECT run FROM runs WHERE name = ?1 OR CAST(run AS TEXT) = ?1)", id_or_run);
  changes_after("DELETE FROM runs WHERE name = ?1 OR CAST(run AS TEXT) = ?1", id_or_run);
  return n + changes_after("DELETE FROM papers WHERE id = ?1", id_or_run);
}

int64_t StateStore::prune_before(const std::string& date) {
  int64_t n = changes_after("DELETE FROM papers WHERE run IN (SELECT run FROM runs WHERE started < ?1)", date);
  changes_after("DELETE FROM runs WHERE started < ?1", date);
  return n;
}

void StateStore::save() {
  discard_run(run_);  // an inspection is not a run
  exec("COMMIT");
  open_transaction_ = false;
}

}  // namespace ream::dedupe
