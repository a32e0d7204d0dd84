# --quiet silences warnings but not errors.
source "$(dirname "$0")/common.sh"
printf 'bad\n' | "$REAM" -q --on-error=skip cat 2> err.txt
expect_eq "" "$(cat err.txt)"
status=0
printf 'bad\n' | "$REAM" -q cat 2> err.txt || status=$?
expect_eq 1 "$status"
expect_contains "$(cat err.txt)" "ream: <stdin>:1: cat: invalid JSON"
