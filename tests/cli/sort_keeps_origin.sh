# Sorted records keep the file and line they were read from, whether they
# stayed in memory or went through a run on disk, so a later stage's
# message still names them.
source "$(dirname "$0")/common.sh"
export REAM_PLUGIN_PATH="$REAM_TEST_PLUGINS"
awk 'BEGIN { for (i = 0; i < 20000; i++) printf "{\"k\":%d,\"pad\":\"%0100d\"}\n", 50000 - i, i }' > a.jsonl
for memory in 1G 1M; do
  status=0
  "$REAM" -i a.jsonl sort --by=k --memory "$memory" then throws --when process --how data > /dev/null 2> err.txt || status=$?
  expect_eq 1 "$status" "exit status with --memory $memory"
  expect_eq "ream: a.jsonl:20000: throws: the record is wrong" "$(cat err.txt)" "with --memory $memory"
done
