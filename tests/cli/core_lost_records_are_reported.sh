# A stage that neither emits nor drops records is reported.
source "$(dirname "$0")/common.sh"
export REAM_PLUGIN_PATH="$REAM_TEST_PLUGINS"
seq 1 4 | sed 's/.*/{"n":&}/' | "$REAM" leaky > out.jsonl 2> err.txt
expect_eq 2 "$(wc -l < out.jsonl | tr -d ' ')"
expect_eq "ream: leaky: warning: 2 record(s) went missing: the plugin neither emitted nor dropped them" "$(cat err.txt)"
