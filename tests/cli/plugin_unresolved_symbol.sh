# A plugin with a symbol nobody defines is refused when loaded (RTLD_NOW),
# as an error about that plugin: help, the plugin list, doctor and shell
# completion keep working, and only running that stage fails (exit 3).
source "$(dirname "$0")/common.sh"
lib="$REAM_TEST_PLUGINS/unresolved/unresolved.so"
export REAM_PLUGIN_PATH="$REAM_TEST_PLUGINS/unresolved:$REAM_TEST_PLUGINS/misbehave"
why="cannot load plugin: undefined symbol: ream_test_function_nobody_defines"

expect_status 0 "$REAM" help > help.txt
expect_contains "$(cat help.txt)" "unresolved  (fails to load: see 'ream plugins doctor')"
expect_contains "$(cat help.txt)" "misbehave   misbehaves when a record asks it to"

expect_status 0 "$REAM" plugins > list.txt
expect_contains "$(cat list.txt)" "$lib  fails to load: see 'ream plugins doctor'"
expect_contains "$(cat list.txt)" "misbehaves when a record asks it to"

expect_status 3 "$REAM" plugins doctor > doctor.txt
expect_contains "$(cat doctor.txt)" "problem: $lib: $why"

expect_status 0 "$REAM" __complete stages > stages.txt
expect_contains "$(cat stages.txt)" "misbehave"

status=0
echo '{"a":1}' | "$REAM" unresolved > out.txt 2> err.txt || status=$?
expect_eq 3 "$status"
expect_eq "ream: $lib: $why" "$(cat err.txt)"
expect_eq "" "$(cat out.txt)"

# The other plugin in the same path still runs.
expect_eq '{"a":1}' "$(echo '{"a":1}' | "$REAM" misbehave)"
