# A malformed line stops the run with status 1 after what came before,
# and the message names file, line and stage.
source "$(dirname "$0")/common.sh"
printf '{"a":1}\n{"a":2,}\n{"a":3}\n' > in.jsonl
status=0
"$REAM" -i in.jsonl cat > out.jsonl 2> err.txt || status=$?
expect_eq 1 "$status" "exit status"
expect_eq '{"a":1}' "$(cat out.jsonl)"
expect_eq "ream: in.jsonl:2: cat: invalid JSON at byte 8: syntax error" "$(cat err.txt)"
