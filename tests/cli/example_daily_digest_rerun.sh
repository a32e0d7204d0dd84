#!/usr/bin/env bash
# The daily-digest example as cron runs it (daily-digest.sh, RUN_ID = the
# day): an empty inbox is a normal day (exit 0, a note, no digest); a
# re-run of the same day reproduces that day's digest instead of an empty
# one; the next day sends only new papers.
source "$(dirname "$0")/common.sh"
dir="$REAM_SOURCE/share/ream/examples/daily-digest"
for stage in import dedupe keywords cite markdown; do
  "$REAM" help "$stage" > /dev/null 2>&1 || { echo "stage $stage not built: skipped"; exit 0; }
done
export PATH="$(dirname "$REAM"):$PATH" STATE_DIR=state
mkdir -p inbox/d1 inbox/d2 inbox/empty state
header() {  # the page furniture a real dump starts with (import recognises the format by it)
  printf 'Get trending papers in your email inbox!\n\nSubscribe\n\n'
}
paper() {
  printf '%s\n\n%s\n\n' "$1" "We study $1 in depth. Our experiments on several benchmarks show consistent gains over strong baselines."
}
{ header; echo "Mar 2"; echo; paper "Folding Proteins with Sparse Attention"; paper "A Census of Open Benchmarks"; } > inbox/d1/dump.txt
{ header; echo "Mar 3"; echo; paper "A Census of Open Benchmarks"; paper "Quantum Error Budgets for Small Devices"; } > inbox/d2/dump.txt
got=0
RUN_ID=e INBOX=inbox/empty DIGEST=e.md sh "$dir/daily-digest.sh" 2> err || got=$?
expect_eq 0 "$got" "exit status for an empty inbox"
expect_eq "ream: daily-digest: e: no dumps in inbox/empty; no digest today" "$(cat err)"
[ ! -e e.md ] || fail "a digest for an empty inbox"
RUN_ID=d1 INBOX=inbox/d1 DIGEST=d1.md sh "$dir/daily-digest.sh" 2>> log
cp d1.md first.md
RUN_ID=d1 INBOX=inbox/d1 DIGEST=d1.md sh "$dir/daily-digest.sh" 2>> log
cmp first.md d1.md || fail "the re-run changed the day's digest"
grep -q "A Census of Open Benchmarks" d1.md || fail "day 1 lacks its paper"
RUN_ID=d2 INBOX=inbox/d2 DIGEST=d2.md sh "$dir/daily-digest.sh" 2>> log
grep -q "Quantum Error Budgets for Small Devices" d2.md || fail "day 2 lacks its new paper"
grep -q "A Census of Open Benchmarks" d2.md && fail "day 2 repeats day 1's paper"
grep -q -- '--run-id "${RUN_ID}"' "$dir/daily-digest.ream" || fail "the pipeline does not pass --run-id"
grep -q 'RUN_ID=$(date +\\%F)' "$dir/crontab" || fail "the crontab line does not set RUN_ID"
true
