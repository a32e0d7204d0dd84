# `ream plugins` shows name, kind, version, path and summary.
source "$(dirname "$0")/common.sh"
out=$("$REAM" plugins)
expect_contains "$out" "NAME"
line=$(echo "$out" | grep '^head ')
expect_contains "$line" "transform"
expect_contains "$line" "1.0.0"
expect_contains "$line" "/lib/ream/plugins/head.so"
expect_contains "$line" "pass the first N records and stop"
