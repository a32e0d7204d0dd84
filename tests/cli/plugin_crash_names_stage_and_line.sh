# A plugin that segfaults or aborts: ream exits 3 with a message naming
# the input position of the record being processed and the stage, written
# by a signal handler from values set before the plugin was called.
source "$(dirname "$0")/common.sh"
export REAM_PLUGIN_PATH="$REAM_TEST_PLUGINS/misbehave"
# Under AddressSanitizer (CI's second pass) the sanitizer's own SIGSEGV and
# SIGABRT handlers would answer first; let ream's handler do its job, as in
# a normal build.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}handle_segv=0:handle_abort=0:abort_on_error=0"
printf '{"a":1}\n{"action":"segv"}\n{"a":3}\n' > segv.jsonl
status=0
"$REAM" misbehave -i segv.jsonl > out.jsonl 2> err.txt || status=$?
expect_eq 3 "$status"
expect_eq "ream: segv.jsonl:2: misbehave: the plugin crashed (segmentation fault, SIGSEGV)" "$(cat err.txt)"

# abort(), in the second stage of a chain, with a blank line before it:
# the line number is the input line, not the record count.
status=0
printf '{"a":1}\n\n{"action":"abort"}\n' | "$REAM" cat then misbehave > out.jsonl 2> err.txt || status=$?
expect_eq 3 "$status"
expect_eq "ream: <stdin>:3: misbehave: the plugin crashed (aborted, SIGABRT)" "$(cat err.txt)"

# With -o, no output file is left behind.
status=0
"$REAM" -o result.jsonl misbehave -i segv.jsonl 2> err.txt || status=$?
expect_eq 3 "$status"
[ ! -e result.jsonl ] || fail "a crashed run left result.jsonl"
