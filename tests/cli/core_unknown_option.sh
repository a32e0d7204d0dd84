# Unknown options, stage or global, are usage errors with suggestions.
source "$(dirname "$0")/common.sh"
status=0
"$REAM" head --lins 3 < /dev/null 2> err.txt || status=$?
expect_eq 2 "$status"
expect_eq "ream: head: unknown option '--lins' (did you mean '--lines'?)" "$(cat err.txt)"
status=0
"$REAM" --stast cat < /dev/null 2> err.txt || status=$?
expect_eq 2 "$status"
expect_eq "ream: unknown option '--stast' (did you mean '--stats'?)" "$(cat err.txt)"
