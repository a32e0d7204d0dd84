# Stage help comes from the option schema, by `help STAGE` or `STAGE --help`.
source "$(dirname "$0")/common.sh"
h=$("$REAM" help head)
expect_contains "$h" "Usage: ream [GLOBAL OPTIONS] head [OPTIONS]"
expect_contains "$h" "-n, --lines N"
expect_contains "$h" "(default: 10)"
expect_eq "$h" "$("$REAM" head --help)"
status=0
"$REAM" help haed 2> err.txt || status=$?
expect_eq 2 "$status"
expect_eq "ream: help: unknown stage 'haed' (did you mean 'head'?)" "$(cat err.txt)"
