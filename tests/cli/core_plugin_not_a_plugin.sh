# A shared object without the entry symbol is refused with status 3.
source "$(dirname "$0")/common.sh"
status=0
REAM_PLUGIN_PATH="$REAM_TEST_PLUGINS/broken" "$REAM" no_entry < /dev/null 2> err.txt || status=$?
expect_eq 3 "$status"
expect_eq "ream: $REAM_TEST_PLUGINS/broken/no_entry.so: not a ream plugin: no ream_plugin_entry symbol" "$(cat err.txt)"
