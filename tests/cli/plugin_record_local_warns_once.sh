# A record-local stage gets one instance per -j worker, but what it says
# when it is made is shown once, as with -j 1.
source "$(dirname "$0")/common.sh"
export REAM_PLUGIN_PATH="$REAM_TEST_PLUGINS/misbehave" REAM_TEST_RECORD_LOCAL=1 REAM_TEST_CREATE_WARNING=1
printf '{"a":1}\n{"a":2}\n' > in.jsonl
for_jobs -i in.jsonl misbehave
expect_eq "ream: misbehave: warning: made an instance" "$(cat err.7)"
expect_eq $'{"a":1}\n{"a":2}' "$(cat out.7)"
