# Sourced by the dedupe_distributed_state* tests (not a test itself; see
# tests/CMakeLists.txt): two days of a daily run's input, and the
# comparison of a state file's contents.
DISTRIBUTE=$REAM_SOURCE/share/ream/distributed/ream-distribute

# make_days: day1.jsonl, and day2.jsonl that repeats some of day 1's
# records byte for byte (their fields are a remembered paper's), varies
# others (title case, a field dropped: duplicates by the rules) and adds
# new papers, some of them duplicated within the day.
make_days() {
  python3 "$REAM_SOURCE/tests/distributed/gen_records.py" 240 11 > day1.jsonl
  python3 "$REAM_SOURCE/tests/distributed/gen_records.py" 160 12 > new.jsonl
  python3 - day1.jsonl new.jsonl > day2.jsonl <<'PY'
import json, random, sys
rng = random.Random(5)
old = [json.loads(line) for line in open(sys.argv[1])]
out = [json.loads(line) for line in open(sys.argv[2])]
for rec in rng.sample(old, 70):
    out.append(dict(rec))
for rec in rng.sample(old, 50):
    rec = dict(rec)
    if rng.random() < 0.5:
        rec["title"] = rec["title"].upper()
    else:
        rec.pop("abstract", None)
    out.append(rec)
rng.shuffle(out)
for rec in out:
    print(json.dumps(rec, ensure_ascii=False))
PY
}

# state_dump FILE: every paper row and every run row but its start time,
# which differs between any two runs.
state_dump() {
  sqlite3 "$1" "SELECT seq, id, fields, run FROM papers ORDER BY seq;
    SELECT run, records_in, emitted, name, position, status, replaces, output, output_dev, output_ino FROM runs ORDER BY run;"
}

# same_as_one_process PARTS "MODE" BEFORE INPUT: both start from a copy of
# the state file BEFORE ("" for none); one process's state is kept as
# one-after.db for the next day.
same_as_one_process() {
  local parts=$1 mode=$2 before=$3 input=$4 what
  what="$mode, $parts parts, $input${before:+ after $before}"
  rm -f one.db dist.db
  [ -n "$before" ] && cp "$before" one.db && cp "$before" dist.db
  # shellcheck disable=SC2086
  "$REAM" -q dedupe $mode --state one.db --report one.report --dropped one.dropped "$input" > one.out
  rm -rf work
  # shellcheck disable=SC2086
  python3 "$DISTRIBUTE" local --ream "$REAM" --parts "$parts" --work work -o dist.out -i "$input" \
    dedupe $mode --state dist.db --report dist.report --dropped dist.dropped 2> dist.err ||
    fail "$what: the driver failed: $(cat dist.err)"
  local f
  for f in out report dropped; do
    cmp -s "one.$f" "dist.$f" || fail "$what: $f differs from one process"
  done
  state_dump one.db > one.dump
  state_dump dist.db > dist.dump
  cmp -s one.dump dist.dump || fail "$what: the state file differs from one process's: $(diff one.dump dist.dump | head -5)"
  cp one.db one-after.db
}
