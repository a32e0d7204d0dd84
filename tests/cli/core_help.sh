# --help lists stages, commands, global options and exit codes.
source "$(dirname "$0")/common.sh"
h=$("$REAM" --help)
expect_contains "$h" "  cat "
expect_contains "$h" "  head "
expect_contains "$h" "  plugins [doctor]"
expect_contains "$h" "-o, --output FILE"
expect_contains "$h" "  4  an input could not be read or the output written"
