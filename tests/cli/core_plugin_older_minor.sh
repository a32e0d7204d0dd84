# A plugin built for an older minor ABI version (1.0, no commit callback)
# still runs, in a chain with newer ones.
source "$(dirname "$0")/common.sh"
out=$(echo '{"a":1}' | REAM_PLUGIN_PATH="$REAM_TEST_PLUGINS" "$REAM" cat then legacy then head -n 1)
expect_eq '{"a":1,"legacy":true}' "$out"
