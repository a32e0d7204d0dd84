# A relative entry in REAM_PLUGIN_PATH ('.' or 'plugins') would make the
# stages depend on the current directory: it is ignored with a warning,
# and a plugin found only there is not run.
source "$(dirname "$0")/common.sh"
cp "$REAM_TEST_PLUGINS/gen.so" .
status=0
REAM_PLUGIN_PATH=".:$REAM_TEST_PLUGINS/misbehave" "$REAM" gen > out.txt 2> err.txt || status=$?
expect_eq 2 "$status"
expect_contains "$(cat err.txt)" "ream: warning: REAM_PLUGIN_PATH entry '.' ignored: plugin directories must be absolute"
expect_contains "$(cat err.txt)" "ream: unknown stage 'gen'"
expect_eq "" "$(cat out.txt)"
# The absolute entries still count.
expect_eq '{"a":1}' "$(echo '{"a":1}' | REAM_PLUGIN_PATH=".:$REAM_TEST_PLUGINS/misbehave" "$REAM" misbehave 2> /dev/null)"
