# Sourced by the dedupe_distributed_state* tests (not a test itself; see
# tests/CMakeLists.txt): two days of a daily run's input, and the
# comparison of a state file's contents.
DISTRIBUTE=$REAM_SOURCE/share/ream/distributed/ream-distribute

# make_days: day1.jsonl, and day2.jsonl that repeats some of day 1's
# records byte for byte (their fields are a remembered paper's), varies
# others (title case, a field dropped: duplicates by the rules) and adds
# new papers, some of them duplicated within the day (with pages the others
# lack: --keep merge fills them), and two records that
# share a remembered paper's DOI under another title (conflicts).
make_days() {
  python3 "$REAM_SOURCE/tests/distributed/gen_records.py" 240 11 > day1.jsonl
  python3 "$REAM_SOURCE/tests/distributed/gen_records.py" 160 12 > new.jsonl
  python3 - day1.jsonl new.jsonl > day2.jsonl <<'PY'
import json, random, sys
rng = random.Random(5)
old = [json.loads(line) for line in open(sys.argv[1])]
out = [json.loads(line) for line in open(sys.argv[2])]
for rec in rng.sample(out, 20):
    rec = dict(rec, pages="101-110")
    rec.pop("abstract", None)
    out.append(rec)
for rec in rng.sample(old, 70):
    out.append(dict(rec))
for rec in rng.sample(old, 50):
    rec = dict(rec)
    if rng.random() < 0.5:
        rec["title"] = rec["title"].upper()
    else:
        rec.pop("abstract", None)
    out.append(rec)
for n, rec in enumerate([r for r in old if "doi" in r][:2]):
    out.append({"title": f"Glacier mass balance from gravimetry, part {n + 1}", "doi": rec["doi"], "year": 2001})
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
# one-after.db for the next day.  The array DIST_DRIVER (the driver's
# command and engine options) runs the distributed side; by default the
# local engine.
same_as_one_process() {
  local parts=$1 mode=$2 before=$3 input=$4 what driver=("${DIST_DRIVER[@]}")
  [ ${#driver[@]} -gt 0 ] || driver=(python3 "$DISTRIBUTE" local)
  what="$mode, $parts parts, $input${before:+ after $before}"
  rm -f one.db dist.db
  [ -n "$before" ] && cp "$before" one.db && cp "$before" dist.db
  # shellcheck disable=SC2086
  "$REAM" -q dedupe $mode --state one.db --report one.report --dropped one.dropped "$input" > one.out
  rm -rf work
  # shellcheck disable=SC2086
  "${driver[@]}" --ream "$REAM" --parts "$parts" --work work -o dist.out -i "$input" \
    dedupe $mode --state dist.db --report dist.report --dropped dist.dropped > /dev/null 2> dist.err ||
    fail "$what: the driver failed: $(cat dist.err)"
  same_files_and_state "$what" out report dropped
}

# same_files_and_state WHAT SUFFIX...: one.SUFFIX and dist.SUFFIX are the
# same bytes for every SUFFIX, and so are the contents of one.db and
# dist.db; one process's state is kept as one-after.db for the next day.
same_files_and_state() {
  local what=$1 f
  shift
  for f in "$@"; do
    cmp -s "one.$f" "dist.$f" || fail "$what: $f differs from one process"
  done
  state_dump one.db > one.dump
  state_dump dist.db > dist.dump
  cmp -s one.dump dist.dump || fail "$what: the state file differs from one process's: $(diff one.dump dist.dump | head -5)"
  cp one.db one-after.db
}

# two_days_every_part_count "MODE": same_as_one_process for the first day
# (no state file) and the second (after one process's first day), at 1, 2,
# 3 and 7 parts.
two_days_every_part_count() {
  local parts
  for parts in 1 2 3 7; do
    same_as_one_process "$parts" "$1" "" day1.jsonl
    cp one-after.db day1.db
    same_as_one_process "$parts" "$1" day1.db day2.jsonl
  done
}

# plan_rounds PARTS WORK INPUT OUTPUT DEDUPE-OPTIONS...: the plan of a
# distributed dedupe as JSON in plan.json, and the names of its rounds.
plan_rounds() {
  local parts=$1 work=$2 input=$3 output=$4
  shift 4
  python3 "$DISTRIBUTE" plan --json --ream "$REAM" --parts "$parts" --work "$work" -o "$output" -i "$input" \
    dedupe "$@" > plan.json
  python3 -c 'import json, sys; print(" ".join(r["name"] for r in json.load(open(sys.argv[1]))))' plan.json
}

# run_round NAME: every command of that round of plan.json, in order, as
# an engine runs them (the local engine in one process's shell).
run_round() {
  python3 - "$1" <<'PY'
import json, subprocess, sys
rounds = [r for r in json.load(open("plan.json")) if r["name"] == sys.argv[1]]
if not rounds:
    sys.exit(f"no round {sys.argv[1]}")
parts = int(rounds[0]["argv"][rounds[0]["argv"].index("--parts") + 1])
for r in rounds:
    for k in range(parts) if r["per_part"] else [None]:
        argv = [a.replace("{k}", str(k)) if k is not None else a for a in r["argv"]]
        code = subprocess.run(argv).returncode
        if code:
            sys.exit(code)
PY
}
