# With REAM_CHECK_HANDLES=1, a plugin that emits a record twice, or emits
# one it has freed, gets a clear message naming the record's input line,
# the stage and the host function, and exit 3, instead of corrupting memory.
source "$(dirname "$0")/common.sh"
export REAM_PLUGIN_PATH="$REAM_TEST_PLUGINS/misbehave" REAM_CHECK_HANDLES=1
for action in twice freed; do
  status=0
  printf '{"a":1}\n{"action":"%s"}\n' "$action" | "$REAM" cat then misbehave > out.jsonl 2> err.txt || status=$?
  expect_eq 3 "$status" "$action"
  expect_eq "ream: <stdin>:2: misbehave: the plugin passed emit a record it does not own (already emitted, dropped or freed)" \
    "$(cat err.txt)" "$action"
done
# Well-behaved plugins are not disturbed by the checks.
expect_eq '{"a":1}' "$(echo '{"a":1}' | "$REAM" cat then misbehave then cat)"
