# Under -j the output is written behind, on a thread of its own, a
# megabyte at a time: the bytes, the messages and the exit status are a
# one-thread run's, whether the output is standard output, a pipe or -o
# FILE, whether the run succeeds or fails half way, and a write that
# fails says so with its exact text.
source "$(dirname "$0")/common.sh"
make_corpus 20000 > c.jsonl # about 7 MB of output: several buffers
for_jobs -i c.jsonl select id,title,abstract,authors
expect_eq "$(grep -c . c.jsonl)" "$(wc -l < out.1 | tr -d " ")" "records written"
# A document written by a sink in large pieces.
for_jobs -i c.jsonl markdown
# -o FILE: the same bytes, in place once the run ends.
for j in 1 2 7; do "$REAM" -j "$j" -o "file.$j" -i c.jsonl select id,title,abstract; done
cmp -s file.1 file.2 || fail "-o: -j 2 differs from -j 1"
cmp -s file.1 file.7 || fail "-o: -j 7 differs from -j 1"
# A pipe read slowly: nothing lost or reordered.
"$REAM" -j 2 -i c.jsonl select id,title,abstract | (sleep 0.5; cat) > piped.jsonl
cmp -s file.1 piped.jsonl || fail "through a slow pipe the output differs"
# A run that fails half way: standard output keeps the records before the
# bad line, as with one thread.
awk '{ print } NR == 15000 { print "{broken" }' c.jsonl > bad.jsonl
for_jobs -i bad.jsonl select id,title,abstract
expect_eq 1 "$(cat status.2)"
expect_eq "$(head -n 15000 c.jsonl | grep -c .)" "$(wc -l < out.2 | tr -d " ")" "records before the bad line"
# A reader that goes away: ream stops quietly, as with one thread.
status=0
"$REAM" -j 2 -i c.jsonl select id,title,abstract 2> err.txt | head -n 3 > head.txt || status=$?
expect_eq 3 "$(wc -l < head.txt | tr -d ' ')" "lines through head"
expect_eq "" "$(cat err.txt)" "messages when the reader goes away"
# A full disk: the message and the exit status of a one-thread run.
if [ -w /dev/full ]; then
  for j in 1 2 7; do
    status=0
    "$REAM" -j "$j" -i c.jsonl select id,title > /dev/full 2> "full.$j" || status=$?
    expect_eq 4 "$status" "exit status writing to /dev/full at -j $j"
    expect_eq "ream: <stdout>: write failed: No space left on device" "$(cat "full.$j")"
  done
fi
