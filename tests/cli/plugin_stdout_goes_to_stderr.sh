# A plugin that prints to standard output (printf) cannot corrupt the
# JSON Lines output: the host writes through a descriptor of its own and
# a plugin's standard output goes to standard error.
source "$(dirname "$0")/common.sh"
export REAM_PLUGIN_PATH="$REAM_TEST_PLUGINS/misbehave"
printf '{"a":1}\n{"action":"print"}\n' > in.jsonl
status=0
"$REAM" misbehave -i in.jsonl > out.jsonl 2> err.txt || status=$?
expect_eq 0 "$status"
expect_eq '{"a":1}
{"action":"print"}' "$(cat out.jsonl)"
expect_eq "not a record" "$(cat err.txt)"
# The same through -o, and in a chain.
"$REAM" -o file.jsonl cat then misbehave then cat < in.jsonl 2> err.txt
expect_eq "$(cat out.jsonl)" "$(cat file.jsonl)"
expect_eq "not a record" "$(cat err.txt)"
# The host's own output (help, the plugin list) still reaches stdout.
expect_contains "$("$REAM" help misbehave 2> /dev/null)" "ream misbehave — misbehaves when a record asks it to"
