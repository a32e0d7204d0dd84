# ream with nothing to do says what to do.
source "$(dirname "$0")/common.sh"
status=0
"$REAM" 2> err.txt || status=$?
expect_eq 2 "$status"
expect_eq "ream: no stage given (try 'ream --help', or 'ream cat' to validate records)" "$(cat err.txt)"
expect_status 2 "$REAM" cat then
