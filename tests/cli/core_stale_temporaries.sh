#!/usr/bin/env bash
# A run to -o FILE removes ".FILE.ream-PID-N" temporaries left by ream
# processes that no longer exist (a kill -9 between naming and renaming);
# those of live processes and other files stay.
source "$(dirname "$0")/common.sh"
echo '{"id":"a"}' > in.jsonl
sh -c 'exit 0' & dead=$!
wait $dead
touch ".out.jsonl.ream-$dead-0" ".out.jsonl.ream-$$-3" ".out.jsonl.ream-notes" ".other.jsonl.ream-$dead-0"
"$REAM" -i in.jsonl -o out.jsonl cat
expect_eq ".other.jsonl.ream-$dead-0
.out.jsonl.ream-$$-3
.out.jsonl.ream-notes" "$(ls -A | grep ream- | sort)" "temporaries after the run"
