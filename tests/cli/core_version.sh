# --version and `ream version` agree.
source "$(dirname "$0")/common.sh"
v=$("$REAM" --version)
expect_contains "$v" "(plugin ABI 1.6)"
expect_eq "$v" "$("$REAM" version)"
