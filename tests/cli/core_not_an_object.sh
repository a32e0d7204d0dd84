# Each line must be a JSON object.
source "$(dirname "$0")/common.sh"
status=0
printf '[1,2]\n' | "$REAM" cat 2> err.txt || status=$?
expect_eq 1 "$status"
expect_eq "ream: <stdin>:1: cat: not a JSON object" "$(cat err.txt)"
