# The daily-digest example, run as cron would on two days: the second
# digest holds only the new papers.  Then a run killed mid-way leaves the
# state and the previous digest as they were, and the next run catches up.
source "$(dirname "$0")/common.sh"
example="$REAM_SOURCE/share/ream/examples/daily-digest/daily-digest.ream"
for stage in import dedupe keywords cite markdown; do
  "$REAM" help "$stage" > /dev/null 2>&1 || { echo "stage $stage not built: skipped"; exit 0; }
done
export PATH="$(dirname "$REAM"):$PATH" STATE_DIR=state DIGEST=digest.md RUN_ID
mkdir -p inbox/day1 inbox/day2 inbox/day3 state

header() {  # the page furniture a real dump starts with (import recognises the format by it)
  printf 'Get trending papers in your email inbox!\n\nSubscribe\n\n'
}
paper() {  # TITLE: an hf-papers entry with a made-up abstract
  printf '%s\n\n%s\n\n' "$1" "We study $1 in depth. Our experiments on several benchmarks show consistent gains over strong baselines, and an analysis explains where the improvements come from and where they do not."
}
{ header; echo "Mar 2"; echo; paper "Folding Proteins with Sparse Attention"; paper "A Census of Open Benchmarks"; } > inbox/day1/dump.txt
{ header; echo "Mar 3"; echo; paper "A Census of Open Benchmarks"; paper "Quantum Error Budgets for Small Devices"; } > inbox/day2/dump.txt

RUN_ID=day1 INBOX=inbox/day1 ream run "$example" 2> day1.log
grep -q "Folding Proteins with Sparse Attention" digest.md || fail "day 1 digest lacks its first paper"
grep -q "A Census of Open Benchmarks" digest.md || fail "day 1 digest lacks its second paper"
cp digest.md day1.md

RUN_ID=day2 INBOX=inbox/day2 ream run "$example" 2> day2.log
grep -q "Quantum Error Budgets for Small Devices" digest.md || fail "day 2 digest lacks the new paper"
grep -q "A Census of Open Benchmarks" digest.md && fail "day 2 digest repeats a paper sent on day 1"
cp digest.md day2.md

# Day 3: a large dump; the run is killed while it works.
python3 - > inbox/day3/dump.txt <<'PY'
import random
random.seed(3)
words = "graph neural sparse robust adaptive federated causal quantum optimal transport diffusion".split()
print("Get trending papers in your email inbox!\n")
for i in range(40000):
    title = " ".join(random.choice(words).capitalize() for _ in range(6)) + " %d" % i
    print(title + "\n")
    print("We propose " + " ".join(random.choice(words) for _ in range(60)) + ". Results are strong.\n")
PY
RUN_ID=day3 INBOX=inbox/day3 ream run "$example" 2> day3-killed.log &
pid=$!
sleep 1.5
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
cmp digest.md day2.md || fail "the killed run changed the previous digest"
expect_eq "" "$(ls -A | grep 'ream-' || true)" "temporary files after the killed run"
expect_eq "ok" "$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA integrity_check").fetchone()[0])' state/seen.db)" "state integrity"

# The next run sees a consistent state: day 3's papers are new, day 2's are not.
{ header; echo "Mar 4"; echo; paper "Quantum Error Budgets for Small Devices"; paper "Tiny Models That Read Tables"; } > inbox/day3/dump.txt
RUN_ID=day3 INBOX=inbox/day3 ream run "$example" 2> day3.log
grep -q "Tiny Models That Read Tables" digest.md || fail "the run after the kill lacks its new paper"
grep -q "Quantum Error Budgets for Small Devices" digest.md && fail "the run after the kill repeats day 2's paper"
true
