# head -n N stops reading once it has N records: an endless input ends.
source "$(dirname "$0")/common.sh"
out=$(timeout 20 bash -c "yes '{\"a\":1}' | \"$REAM\" head -n 2")
expect_eq $'{"a":1}\n{"a":1}' "$out"
