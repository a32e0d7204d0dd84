#!/usr/bin/env bash
# A file written that names a file read (same inode, under any name) is
# refused before anything is opened, with exit 2, for every option that
# writes a file: cat's "input file is output file".  The input is intact.
source "$(dirname "$0")/common.sh"
echo '{"id":"a","title":"A paper"}' > in.jsonl
ln in.jsonl hard.jsonl
check() {
  local message=$1; shift
  local got=0
  "$@" > /dev/null 2> err || got=$?
  expect_eq 2 "$got" "exit status of $*"
  expect_eq "$message" "$(cat err)" "message of $*"
  expect_eq '{"id":"a","title":"A paper"}' "$(cat in.jsonl)" "input after $*"
}
check "ream: --reject 'in.jsonl' is the same file as -i 'in.jsonl', which is read: input file is output file" \
  "$REAM" -i in.jsonl --reject in.jsonl cat
check "ream: --reject 'hard.jsonl' is the same file as -i 'in.jsonl', which is read: input file is output file" \
  "$REAM" -i in.jsonl --reject hard.jsonl cat
check "ream: dedupe --report 'in.jsonl' is the same file as -i 'in.jsonl', which is read: input file is output file" \
  "$REAM" -i in.jsonl dedupe --report in.jsonl
check "ream: dedupe --dropped 'in.jsonl' is the same file as standard input, which is read: input file is output file" \
  "$REAM" dedupe --dropped in.jsonl < in.jsonl
check "ream: dedupe --state './in.jsonl' is the same file as -i 'in.jsonl', which is read: input file is output file" \
  "$REAM" -i in.jsonl dedupe --state ./in.jsonl
check "ream: cite --graph 'in.jsonl' is the same file as -i 'in.jsonl', which is read: input file is output file" \
  "$REAM" -i in.jsonl cite --graph in.jsonl
check "ream: keywords --save-df 'in.jsonl' is the same file as -i 'in.jsonl', which is read: input file is output file" \
  "$REAM" -i in.jsonl keywords --save-df in.jsonl
check "ream: --reject 'in.jsonl' is the same file as import 'in.jsonl', which is read: input file is output file" \
  "$REAM" --reject in.jsonl import in.jsonl
check "ream: cite --graph 'in.jsonl' is the same file as cite --index 'in.jsonl', which is read: input file is output file" \
  "$REAM" cite --index in.jsonl --graph in.jsonl < /dev/null
# --save-df may replace the --df table it read, and nothing else.
echo the > stop.txt
check "ream: keywords --save-df 'stop.txt' is the same file as keywords --stopwords 'stop.txt', which is read: input file is output file" \
  "$REAM" -i in.jsonl keywords --stopwords stop.txt --save-df stop.txt
expect_eq the "$(cat stop.txt)" "stopword file after the refusal"
