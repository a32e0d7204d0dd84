# The messages about plugins say which stage, what is wrong and how to fix
# it: an unsafe plugin's stage (exit 3, with the chmod that fixes it), a
# command used as a stage (exit 2), a plugin that fails without a message
# (names stage and record), a missing callback (named).
source "$(dirname "$0")/common.sh"

mkdir open; cp "$REAM_TEST_PLUGINS/gen.so" open/; chmod 0777 open
status=0
REAM_PLUGIN_PATH="$T/open" "$REAM" gen > /dev/null 2> err.txt || status=$?
expect_eq 3 "$status"
expect_eq "ream: $T/open: warning: plugin directory skipped: it is group- or world-writable
ream: unknown stage 'gen': $T/open/gen.so was skipped because its directory $T/open is not safe: it is group- or world-writable (fix: chmod go-w $T/open)" "$(cat err.txt)"

status=0
echo '{}' | "$REAM" cat then plugins > /dev/null 2> err.txt || status=$?
expect_eq 2 "$status"
expect_eq "ream: 'plugins' is a command, not a stage: run it on its own, as 'ream plugins'" "$(cat err.txt)"

status=0
printf '{"a":1}\n{"action":"fail"}\n' > in.jsonl
REAM_PLUGIN_PATH="$REAM_TEST_PLUGINS/misbehave" "$REAM" misbehave -i in.jsonl > /dev/null 2> err.txt || status=$?
expect_eq 3 "$status"
expect_eq "ream: in.jsonl:2: misbehave: the plugin failed without a message (status 3)" "$(cat err.txt)"

status=0
REAM_PLUGIN_PATH="$REAM_TEST_PLUGINS/broken" "$REAM" no_process < /dev/null 2> err.txt || status=$?
expect_eq 3 "$status"
expect_eq "ream: $REAM_TEST_PLUGINS/broken/no_process.so: plugin 'no_process' lacks the process callback its kind (transform) needs" "$(cat err.txt)"
