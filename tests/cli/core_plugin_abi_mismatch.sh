# A plugin built for another ABI major is refused, naming both versions
# and its path, with exit status 3.
source "$(dirname "$0")/common.sh"
status=0
REAM_PLUGIN_PATH="$REAM_TEST_PLUGINS/broken" "$REAM" abi_future < /dev/null 2> err.txt || status=$?
expect_eq 3 "$status"
expect_eq "ream: $REAM_TEST_PLUGINS/broken/abi_future.so: plugin was built for ream plugin ABI 2.0, but this ream speaks ABI 1.6" "$(cat err.txt)"
