# An unknown stage is a usage error with a suggestion.
source "$(dirname "$0")/common.sh"
status=0
"$REAM" caat < /dev/null 2> err.txt || status=$?
expect_eq 2 "$status"
expect_eq "ream: unknown stage 'caat' (did you mean 'cat'?)" "$(cat err.txt)"
