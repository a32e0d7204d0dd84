# `ream run --check` validates stage names and options without running,
# and errors point at FILE:LINE:COLUMN.
source "$(dirname "$0")/common.sh"
printf 'cat\nhead -n 1\n' > good.ream
expect_eq "good.ream: ok: cat then head" "$("$REAM" run --check good.ream < /dev/null)"
printf 'cat\n  haed -n 1\n' > typo.ream
status=0
"$REAM" run --check typo.ream 2> err.txt || status=$?
expect_eq 2 "$status"
expect_eq "ream: typo.ream:2:3: unknown stage 'haed' (did you mean 'head'?)" "$(cat err.txt)"
printf "cat\nhead --lines 'x\n" > quote.ream
status=0
"$REAM" run --check quote.ream 2> err.txt || status=$?
expect_eq 2 "$status"
expect_eq "ream: quote.ream:2:16: unterminated single quote" "$(cat err.txt)"
status=0
"$REAM" run --check missing.ream 2> err.txt || status=$?
expect_eq 4 "$status"
expect_eq "ream: missing.ream: cannot open: No such file or directory" "$(cat err.txt)"
