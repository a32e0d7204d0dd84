# --state is committed only after the run's output is in place: when a
# later stage fails, the papers are not remembered as sent, and the next
# run emits them again.
source "$(dirname "$0")/common.sh"
printf '%s\n' '{"id":"a","title":"Folding Proteins with Sparse Attention"}' \
              '{"id":"b","title":"A Census of Open Benchmarks"}' > in.jsonl
status=0
REAM_PLUGIN_PATH="$REAM_TEST_PLUGINS" "$REAM" -o out.jsonl -i in.jsonl dedupe --state seen.db \
  then throws --when finish --how crash 2> err.txt || status=$?
expect_eq 3 "$status"
[ -e out.jsonl ] && fail "a failed run wrote its output"
expect_eq 2 "$("$REAM" -i in.jsonl dedupe --state seen.db | wc -l | tr -d ' ')" "papers after the failed run"
expect_eq 0 "$("$REAM" -i in.jsonl dedupe --state seen.db | wc -l | tr -d ' ')" "papers after a successful run"
