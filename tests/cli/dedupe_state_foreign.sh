#!/usr/bin/env bash
# --state refuses, with exit 1 and without changing it, a file that is not
# ream's: another program's database, a state from a newer ream, a file
# that is not SQLite, and a state with an unreadable row.
source "$(dirname "$0")/common.sh"
in="$REAM_SOURCE/tests/data/dedupe/papers.jsonl"
# sql FILE STATEMENT: run one statement with Python's sqlite3 module.
sql() {
  python3 -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
rows = c.execute(sys.argv[2]).fetchall()
c.commit()
print("\n".join(str(r[0]) for r in rows))' "$@"
}
check() {
  local message=$1; shift
  local got=0
  "$@" > out.jsonl 2> err || got=$?
  expect_eq 1 "$got" "exit status of $*"
  expect_eq "$message" "$(cat err)" "message of $*"
  [ ! -s out.jsonl ] || fail "records written by $*"
}
sql other.db 'CREATE TABLE notes(body TEXT)' > /dev/null
check "ream: dedupe: state file 'other.db' is not a ream state file (another program's database, with tables notes); refusing to change it" \
  "$REAM" -i "$in" dedupe --state other.db
expect_eq "notes" "$(sql other.db "SELECT name FROM sqlite_master WHERE type = 'table'")" "tables of the foreign file"
sql app.db 'PRAGMA application_id = 42' > /dev/null
check "ream: dedupe: state file 'app.db' is not a ream state file (its application_id is 0x0000002a); refusing to change it" \
  "$REAM" -i "$in" dedupe --state app.db
"$REAM" -i "$in" dedupe --state future.db > /dev/null
sql future.db 'PRAGMA user_version = 9' > /dev/null
check "ream: dedupe: state file 'future.db' was written by a newer ream (state format 9; this ream reads format 1 and older)" \
  "$REAM" -i "$in" dedupe --state future.db
echo "just some text, long enough to be a page of something that is not SQLite at all.........." > text.db
check "ream: dedupe: cannot lock state file 'text.db': file is not a database" "$REAM" -i "$in" dedupe --state text.db
head -1 "$in" > one.jsonl
"$REAM" -i one.jsonl dedupe --state bad.db > /dev/null
sql bad.db "UPDATE papers SET fields = 'garbage'" > /dev/null
check "ream: dedupe: state file 'bad.db': paper row 1 is unreadable (its fields are not a JSON object); forget it with --forget or move the file away" \
  "$REAM" -i "$in" dedupe --state bad.db
