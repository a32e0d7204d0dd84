# A record-local plugin running on a -j worker: a crash, a failure and a
# record emitted twice are reported as on the main thread, naming the
# input line, and the first one in input order is the one reported.
source "$(dirname "$0")/common.sh"
export REAM_PLUGIN_PATH="$REAM_TEST_PLUGINS/misbehave" REAM_TEST_RECORD_LOCAL=1
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}handle_segv=0:handle_abort=0:abort_on_error=0"
records() {  # N LINE ACTION: N records, the one on LINE with an action
  awk -v n="$1" -v at="$2" -v what="$3" 'BEGIN { for (i = 1; i <= n; i++)
    printf (i == at ? "{\"action\":\"%s\"}\n" : "{\"i\":%d}\n"), (i == at ? what : i) }'
}
records 5000 4321 segv > segv.jsonl
for_jobs -i segv.jsonl misbehave
expect_eq 3 "$(cat status.7)"
expect_eq "ream: segv.jsonl:4321: misbehave: the plugin crashed (segmentation fault, SIGSEGV)" "$(cat err.7)"

{ records 3000 2900 fail; records 3000 10 fail; } > fail.jsonl
for_jobs -i fail.jsonl misbehave
expect_eq 3 "$(cat status.2)"
expect_eq "ream: fail.jsonl:2900: misbehave: the plugin failed without a message (status 3)" "$(cat err.2)"
expect_eq 2899 "$(wc -l < out.2)" "records before the failure"

records 3000 2000 twice > twice.jsonl
REAM_CHECK_HANDLES=1 for_jobs -i twice.jsonl cat then misbehave
expect_eq 3 "$(cat status.7)"
expect_contains "$(cat err.7)" "ream: twice.jsonl:2000: misbehave: the plugin passed emit a record it does not own"
