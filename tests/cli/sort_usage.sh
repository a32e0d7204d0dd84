# sort's usage errors: no keys, an empty key, a bad size, a bad locale.
source "$(dirname "$0")/common.sh"
echo '{"a":1}' > in.jsonl
msg() { "$REAM" sort "$@" < in.jsonl 2>&1 > /dev/null || true; }
expect_status 2 "$REAM" sort < in.jsonl
expect_eq "ream: sort: a sort key needs a field name: '-'" "$(msg --by=-)"
expect_eq "ream: sort: --memory must be a size of 1M or more, not '12X'" "$(msg --by=a --memory 12X)"
expect_eq "ream: sort: --memory must be a size of 1M or more, not '100K'" "$(msg --by=a --memory 100K)"
expect_eq "ream: sort: '../x' is not a locale name (de, sv, fr-CA)" "$(msg --by=a --locale ../x)"
expect_status 2 "$REAM" sort --by=a --memory 12X < in.jsonl
