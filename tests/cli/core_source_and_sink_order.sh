# A source comes first, a sink last; otherwise it is a usage error.
source "$(dirname "$0")/common.sh"
export REAM_PLUGIN_PATH="$REAM_TEST_PLUGINS"
expect_eq "5 records" "$("$REAM" gen -n 5 then cat then tally)"
status=0
"$REAM" cat then gen < /dev/null 2> err.txt || status=$?
expect_eq 2 "$status"
expect_eq "ream: gen: a source stage must come first in the chain" "$(cat err.txt)"
status=0
"$REAM" tally then cat < /dev/null 2> err.txt || status=$?
expect_eq 2 "$status"
expect_eq "ream: tally: a sink stage must come last in the chain (it writes a document, not records)" "$(cat err.txt)"
status=0
"$REAM" -i x.jsonl gen 2> err.txt || status=$?
expect_eq 2 "$status"
expect_eq "ream: gen: reads the files named after it; -i is for stages that read records" "$(cat err.txt)"
