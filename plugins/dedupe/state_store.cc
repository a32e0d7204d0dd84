// The --state file.
//
// A daily cron job must emit only papers no earlier run emitted, so the
// file remembers, for every emitted paper, the fields matching needs; the
// next run loads them as earlier records that are never written again.
//
// Safety comes from SQLite's own transactions rather than from lock files:
// the run takes the write lock at start (BEGIN IMMEDIATE), so a second run
// started meanwhile waits in SQLite's busy handler up to the timeout and
// then fails with a clear message; everything it learns is written at the
// end in that same transaction, so a run killed half-way leaves the file
// exactly as the previous run committed it (SQLite rolls back the hot
// journal on next open).
#include "state_store.hh"

#include <sqlite3.h>
#include <boost/json.hpp>
#include <ream/plugin.hpp>

#include <cmath>

namespace ream::dedupe {
namespace {

constexpr const char* kSchema =
    "CREATE TABLE IF NOT EXISTS papers(seq INTEGER PRIMARY KEY, id TEXT NOT NULL, fields TEXT NOT NULL);"
    "CREATE TABLE IF NOT EXISTS runs(run INTEGER PRIMARY KEY, records_in INTEGER NOT NULL,"
    " emitted INTEGER NOT NULL);";

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

Fields fields_from_json(const std::string& json) {
  Fields f;
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(json, ec);
  if (ec || !v.is_object()) return f;
  const auto& o = v.as_object();
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

StateStore::StateStore(std::string path, double timeout_seconds) : path_(std::move(path)) {
  if (sqlite3_open_v2(path_.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
    fail("cannot open");
  sqlite3_busy_timeout(db_, static_cast<int>(std::lround(timeout_seconds * 1000)));
  int rc = sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
  if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%g", timeout_seconds);
    std::string message =
        "state file '" + path_ + "' is in use by another run; gave up after " + seconds + " s (see --state-timeout)";
    sqlite3_close(db_);
    db_ = nullptr;
    throw DataError(message);
  }
  if (rc != SQLITE_OK) fail("cannot lock");
  open_transaction_ = true;
  exec(kSchema);
}

StateStore::~StateStore() {
  sqlite3_finalize(insert_);
  if (open_transaction_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(db_);
}

void StateStore::exec(const char* sql) {
  if (sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) != SQLITE_OK) fail("cannot use");
}

void StateStore::fail(const std::string& what) {
  sqlite3_finalize(insert_);
  insert_ = nullptr;
  std::string message = what + " state file '" + path_ + "': " + (db_ ? sqlite3_errmsg(db_) : "out of memory");
  if (open_transaction_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  open_transaction_ = false;
  sqlite3_close(db_);
  db_ = nullptr;
  throw DataError(message);
}

std::vector<Fields> StateStore::remembered() {
  std::vector<Fields> out;
  Statement select(db_, "SELECT fields FROM papers ORDER BY seq");
  if (!select) fail("cannot read");
  int rc;
  while ((rc = sqlite3_step(select.get())) == SQLITE_ROW) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(select.get(), 0));
    out.push_back(fields_from_json(text ? text : "{}"));
  }
  if (rc != SQLITE_DONE) fail("cannot read");
  return out;
}

void StateStore::remember(const Fields& fields) {
  // Written at once, but inside the run's transaction: nothing is visible
  // to others, or survives a crash, before commit().
  if (!insert_ &&
      sqlite3_prepare_v2(db_, "INSERT INTO papers(id, fields) VALUES (?, ?)", -1, &insert_, nullptr) != SQLITE_OK)
    fail("cannot write");
  std::string json = fields_to_json(fields);
  sqlite3_bind_text(insert_, 1, fields.id.data(), static_cast<int>(fields.id.size()), SQLITE_STATIC);
  sqlite3_bind_text(insert_, 2, json.data(), static_cast<int>(json.size()), SQLITE_STATIC);
  int rc = sqlite3_step(insert_);
  sqlite3_reset(insert_);
  if (rc != SQLITE_DONE) fail("cannot write");
}

void StateStore::commit(uint64_t records_in, uint64_t emitted) {
  {
    Statement run(db_, "INSERT INTO runs(records_in, emitted) VALUES (?, ?)");
    if (!run) fail("cannot write");
    sqlite3_bind_int64(run.get(), 1, static_cast<sqlite3_int64>(records_in));
    sqlite3_bind_int64(run.get(), 2, static_cast<sqlite3_int64>(emitted));
    if (sqlite3_step(run.get()) != SQLITE_DONE) fail("cannot write");
  }
  sqlite3_finalize(insert_);
  insert_ = nullptr;
  exec("COMMIT");
  open_transaction_ = false;
}

}  // namespace ream::dedupe
