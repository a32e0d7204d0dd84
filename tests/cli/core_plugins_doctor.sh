# `plugins doctor` reports load failures, shadowed names and unsafe paths.
source "$(dirname "$0")/common.sh"
mkdir -p shadow unsafe
cp "$REAM_TEST_PLUGINS/gen.so" shadow/cat.so   # claims to be cat, is gen
cp "$REAM_TEST_PLUGINS/gen.so" unsafe/gen.so
chmod 0777 unsafe
status=0
REAM_PLUGIN_PATH="$T/shadow:$T/unsafe:$REAM_TEST_PLUGINS/broken" "$REAM" plugins doctor > out.txt 2>/dev/null || status=$?
expect_eq 3 "$status"
out=$(cat out.txt)
expect_contains "$out" "problem: $T/unsafe: directory skipped: it is group- or world-writable"
expect_contains "$out" "problem: $T/shadow/cat.so: file is named for stage 'cat' but the plugin calls itself 'gen'"
expect_contains "$out" "problem: $REAM_TEST_PLUGINS/broken/abi_future.so: plugin was built for ream plugin ABI 2.0"
expect_contains "$out" "problem: $REAM_TEST_PLUGINS/broken/no_entry.so: not a ream plugin"
expect_contains "$out" "is shadowed by $T/shadow/cat.so"
