# With the default --on-error=fail, the offending line still goes to --reject.
source "$(dirname "$0")/common.sh"
printf '{"a":1}\noops\n' > in.jsonl
expect_status 1 "$REAM" --reject bad.txt -i in.jsonl cat
expect_eq "oops" "$(cat bad.txt)"
