# -i is repeatable, '-' is standard input, and inputs are read in order.
source "$(dirname "$0")/common.sh"
echo '{"f":"a"}' > a.jsonl
echo '{"f":"b"}' > b.jsonl
out=$(echo '{"f":"stdin"}' | "$REAM" -i a.jsonl -i - -i b.jsonl cat)
expect_eq $'{"f":"a"}\n{"f":"stdin"}\n{"f":"b"}' "$out"
status=0
"$REAM" -i missing.jsonl cat 2> err.txt || status=$?
expect_eq 4 "$status"
expect_eq "ream: missing.jsonl: cannot open: No such file or directory" "$(cat err.txt)"
