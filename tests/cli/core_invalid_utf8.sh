# Invalid UTF-8 inside a string is a malformed line.
source "$(dirname "$0")/common.sh"
status=0
printf '{"t":"ok"}\n{"t":"\xff"}\n' | "$REAM" cat > out.jsonl 2> err.txt || status=$?
expect_eq 1 "$status"
expect_contains "$(cat err.txt)" "ream: <stdin>:2: cat: invalid JSON"
expect_eq '{"t":"ok"}' "$(cat out.jsonl)"
